/** Your account: who you are, your data as a download, sign out, and deleting the account with everything of it. */
import { accountErased, currentAccount, signOut } from '../account/auth';
import { eraseAccount, exportText, type AccountExport } from '../account/api';
import { downloadFile, h, show, when } from '../dom';
import { deleteRecordings, recordingsOf } from '../recording/store';
import { navigate } from '../router';

const ROLE_LABELS: Record<string, string> = { candidate: 'Candidate', coach: 'Coach', admin: 'Administrator' };

export function accountPage(root: HTMLElement): void {
  const me = currentAccount();
  if (!me) return navigate('/signin?next=/account', true);

  const exportStatus = h('p', { role: 'status', class: 'hint', id: 'export-status' });
  const exportButton = h('button', { type: 'button', id: 'export' }, 'Download my data');
  exportButton.addEventListener('click', async () => {
    exportButton.disabled = true;
    exportStatus.textContent = 'Preparing your data…';
    try {
      const text = await exportText();
      downloadFile(`interview-coach-export-${new Date().toISOString().slice(0, 10)}.json`, 'application/json', text);
      exportStatus.textContent = 'Your data was downloaded as a JSON file.';
    } catch (e) {
      exportStatus.textContent = `The download failed: ${(e as Error).message}`;
    } finally {
      exportButton.disabled = false;
    }
  });

  const signOutButton = h('button', { type: 'button', id: 'sign-out' }, 'Sign out');
  signOutButton.addEventListener('click', async () => {
    signOutButton.disabled = true;
    if (await signOut()) return navigate('/');
    root.querySelector('#sign-out-heading')!.after(h('p', { class: 'alert', role: 'alert' },
      'You are signed out in this tab, but the server could not be reached to end this sign-in; it ends by itself within 30 days.'));
  });

  show(root, h('h1', {}, 'Your account'),
    h('dl', { class: 'facts account-facts' },
      h('dt', {}, 'Email'), h('dd', { id: 'account-email' }, me.email),
      h('dt', {}, 'Role'), h('dd', { id: 'account-role' }, ROLE_LABELS[me.role] ?? me.role),
      h('dt', {}, 'Since'), h('dd', {}, when(me.createdAt))),
    h('section', { 'aria-labelledby': 'data-heading' }, h('h2', { id: 'data-heading' }, 'Your data'),
      h('p', {}, 'Everything stored about you — your account, your shares, your sessions with their answers, timelines and '
        + 'reports — as one JSON file. Recordings are not in it: they never leave your browser.'),
      h('div', { class: 'actions' }, exportButton), exportStatus),
    h('section', { 'aria-labelledby': 'sign-out-heading' }, h('h2', { id: 'sign-out-heading' }, 'Sign out'),
      h('p', {}, 'Signs you out in this tab and ends this sign-in on the server.'), h('div', { class: 'actions' }, signOutButton)),
    deleteSection(root));
}

function deleteSection(root: HTMLElement): HTMLElement {
  const start = h('button', { type: 'button', id: 'delete-start', class: 'danger' }, 'Delete my account…');
  const confirm = h('div', { id: 'delete-confirm-panel', class: 'panel confirm', hidden: true });
  const status = h('p', { role: 'status', class: 'hint' });
  start.addEventListener('click', async () => {
    start.disabled = true;
    status.textContent = 'Looking for your sessions…';
    let sessions: string[];
    try {
      sessions = (JSON.parse(await exportText()) as AccountExport).content.sessions.map((s) => s.id);
    } catch (e) {
      status.textContent = `Your sessions could not be listed: ${(e as Error).message}`;
      start.disabled = false;
      return;
    }
    const recorded = (await Promise.all(sessions.map(async (id) => ((await recordingsOf(id)).length > 0 ? id : null))))
      .filter((id): id is string => id !== null);
    status.textContent = '';
    showConfirm(root, confirm, start, sessions, recorded);
  });
  return h('section', { 'aria-labelledby': 'delete-heading' }, h('h2', { id: 'delete-heading' }, 'Delete my account'),
    h('p', {}, 'Deletes your account and everything of it on the server: your sessions, their reports, your shares. '
      + 'It cannot be undone; download your data first if you want to keep it.'),
    h('div', { class: 'actions' }, start), status, confirm);
}

function showConfirm(root: HTMLElement, panel: HTMLElement, start: HTMLButtonElement, sessions: string[], recorded: string[]): void {
  const heading = h('h3', { id: 'delete-confirm-heading', tabindex: -1 }, 'Delete your account for good?');
  const alsoLocal = h('input', { type: 'checkbox', id: 'delete-recordings', checked: true });
  const go = h('button', { type: 'button', id: 'delete-confirm', class: 'danger primary' }, 'Delete my account and data');
  const cancel = h('button', { type: 'button', id: 'delete-cancel' }, 'Keep my account');
  const error = h('p', { class: 'alert', role: 'alert', hidden: true });
  panel.replaceChildren(...([heading,
    h('p', {}, `Your account and its ${sessions.length} session${sessions.length === 1 ? '' : 's'} will be erased from the server.`),
    recorded.length > 0
      ? h('div', { class: 'choice' }, alsoLocal, h('label', { for: 'delete-recordings' },
        `Also delete the recordings of ${recorded.length} of these sessions kept in this browser`))
      : null,
    error, h('div', { class: 'actions' }, go, cancel)] as (HTMLElement | null)[]).filter((n): n is HTMLElement => n !== null));
  panel.hidden = false;
  heading.focus();
  cancel.addEventListener('click', () => {
    panel.hidden = true;
    start.disabled = false;
    start.focus();
  });
  go.addEventListener('click', async () => {
    go.disabled = true;
    try {
      await eraseAccount();
    } catch (e) {
      error.textContent = `Your account could not be deleted: ${(e as Error).message}`;
      error.hidden = false;
      go.disabled = false;
      return;
    }
    accountErased();
    // the sessions' tokens open nothing any more
    for (const id of sessions) {
      localStorage.removeItem(`coach.session.${id}`);
      sessionStorage.removeItem(`coach.session.${id}`);
    }
    const removeLocal = recorded.length > 0 && alsoLocal.checked;
    if (removeLocal) await Promise.all(recorded.map((id) => deleteRecordings(id).catch(() => undefined)));
    history.replaceState(null, '', '/account');
    show(root, h('h1', {}, 'Your account was deleted'),
      h('p', { role: 'status', id: 'deleted-status' }, `Your account and its ${sessions.length} session${sessions.length === 1 ? '' : 's'} `
        + 'were erased from the server, and you are signed out. '
        + (recorded.length === 0 ? '' : removeLocal ? 'Their recordings were deleted from this browser.'
          : 'Their recordings are still in this browser until you delete them.')),
      h('div', { class: 'actions' }, h('a', { href: '/', 'data-link': true, class: 'button primary' }, 'Practise without an account')));
  });
}
