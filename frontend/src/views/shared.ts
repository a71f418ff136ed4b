/** A coach's view: the sessions candidates shared with the signed-in coach (GET /api/me/shares), each read-only. */
import { myShares, type Share } from '../account/api';
import { currentAccount } from '../account/auth';
import { h, show, when } from '../dom';
import { navigate } from '../router';

export function sharedPage(root: HTMLElement): void {
  const me = currentAccount();
  if (!me) return navigate('/signin?next=/shared', true);
  const status = h('p', { role: 'status' }, 'Loading the sessions shared with you…');
  show(root, h('h1', {}, 'Shared with you'), status);
  myShares().then((all) => render(status, all.filter((s) => s.coachId === me.id)), (e: Error) => {
    status.className = 'alert';
    status.textContent = e.message;
  });
}

function render(status: HTMLElement, shares: Share[]): void {
  if (shares.length === 0) {
    status.replaceWith(h('p', { class: 'lead', id: 'shared-empty' },
      'No session is shared with you now. When a candidate shares one with your email, it appears here.'));
    return;
  }
  const newestFirst = [...shares].sort((a, b) => b.sharedAt.localeCompare(a.sharedAt));
  status.replaceWith(h('div', { class: 'table-wrap' }, h('table', { id: 'shared-sessions', class: 'sessions' },
    h('caption', { class: 'hint' }, `${shares.length} session${shares.length === 1 ? '' : 's'} shared with you, newest first. You can read them; only the candidate can change or delete them.`),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Candidate'), h('th', { scope: 'col' }, 'Shared'), h('th', { scope: 'col' }, 'Report'))),
    h('tbody', {}, ...newestFirst.map((s) => {
      const who = s.candidateEmail ?? 'A candidate without an account';
      return h('tr', { 'data-session': s.sessionId },
        h('th', { scope: 'row' }, who),
        h('td', {}, when(s.sharedAt)),
        h('td', {}, h('a', { href: `/shared/${encodeURIComponent(s.sessionId)}`, 'data-link': true,
          'aria-label': `Open the report of ${who}, shared ${when(s.sharedAt)}` }, 'Open the report')));
    })))));
}
