/**
 * Sharing a session with a coach, on its report (owner only): the coaches it is shared with, each with "Stop
 * sharing", and a form that takes the coach's email (the API accepts an email; no lookup of ids needed).
 */
import { sessionShares, share, unshare, type Share } from '../account/api';
import { ApiError } from '../api';
import { h, when } from '../dom';

/** The section, shown once GET …/shares answers 200 (the signed-in account owns the session); else left hidden. */
export function sharingSection(sessionId: string): HTMLElement {
  const section = h('section', { id: 'sharing', class: 'no-print', 'aria-labelledby': 'sharing-heading', hidden: true });
  sessionShares(sessionId).then((shares) => fill(section, sessionId, shares), (e) => {
    // 404: not this account's session (opened with its token, or a coach's read); nothing to offer
    if (!(e instanceof ApiError && e.status === 404)) {
      section.replaceChildren(h('h2', { id: 'sharing-heading' }, 'Share with a coach'), h('p', { class: 'alert' }, (e as Error).message));
      section.hidden = false;
    }
  });
  return section;
}

function fill(section: HTMLElement, sessionId: string, initial: Share[]): void {
  const email = h('input', { type: 'email', id: 'coach-email', autocomplete: 'off', spellcheck: 'false', required: true,
    'aria-describedby': 'coach-email-error' });
  const error = h('p', { class: 'field-error', id: 'coach-email-error', role: 'alert', hidden: true });
  const status = h('p', { role: 'status', class: 'hint', id: 'sharing-status' });
  const listHeading = h('h3', { id: 'shares-heading', tabindex: -1 }, 'Shared with');
  const list = h('ul', { id: 'shares', class: 'shares', 'aria-labelledby': 'shares-heading' });
  const submit = h('button', { type: 'submit' }, 'Share');

  const setError = (text: string | null) => {
    error.textContent = text ?? '';
    error.hidden = !text;
    if (text) email.setAttribute('aria-invalid', 'true'); else email.removeAttribute('aria-invalid');
  };
  const renderList = (shares: Share[]) => {
    list.replaceChildren(...(shares.length === 0
      ? [h('li', { class: 'hint', id: 'shares-empty' }, 'Not shared with anyone.')]
      : shares.map((s) => {
        const stop = h('button', { type: 'button', class: 'link', 'aria-label': `Stop sharing with ${s.coachEmail}` }, 'Stop sharing');
        stop.addEventListener('click', async () => {
          stop.disabled = true;
          try {
            await unshare(sessionId, s.coachId);
            status.textContent = `${s.coachEmail} can no longer read this session.`;
          } catch (e) {
            status.textContent = (e as Error).message;
          }
          await reload();
          listHeading.focus();
        });
        return h('li', { 'data-coach': s.coachEmail }, h('span', {}, s.coachEmail), ' ',
          h('span', { class: 'hint' }, `since ${when(s.sharedAt)}`), ' ', stop);
      })));
  };
  const reload = () => sessionShares(sessionId).then(renderList, (e: Error) => { status.textContent = e.message; });

  const form = h('form', { novalidate: true, id: 'share-form', class: 'share-form' },
    h('label', { for: 'coach-email' }, "Your coach's email"), h('div', { class: 'inline-form' }, email, submit), error);
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    setError(null);
    const address = email.value.trim();
    if (!address) {
      setError("Enter your coach's email address.");
      email.focus();
      return;
    }
    submit.disabled = true;
    try {
      await share(sessionId, address);
      email.value = '';
      status.textContent = `Shared with ${address}: they can read this report, not your recording.`;
      await reload();
    } catch (err) {
      setError(err instanceof ApiError && err.status === 400 ? `${err.message}. Ask your coach for the email of their coach account.` : (err as Error).message);
      email.focus();
    } finally {
      submit.disabled = false;
    }
  });

  renderList(initial);
  section.replaceChildren(h('h2', { id: 'sharing-heading' }, 'Share with a coach'),
    h('p', { class: 'hint' }, 'A coach you share this session with can read its report and answers, never change or delete them. '
      + 'Your recording stays in this browser. You can stop sharing at any time.'),
    form, status, listHeading, list);
  section.hidden = false;
}
