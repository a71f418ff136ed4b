/**
 * History: past sessions and progress per category from GET /api/progress: the signed-in account's sessions (from
 * any browser), else those of this browser's owner token.
 */
import { currentAccount } from '../account/auth';
import { ApiError, progress as fetchProgress, type Category, type Progress, type Trend } from '../api';
import { h, show, when } from '../dom';
import { CATEGORY_LABELS } from '../report/scores';

const ORDER: Category[] = ['overall', 'bodyLanguage', 'facialExpression', 'vocalDelivery', 'speechContent'];

/** The trend in words: "Voice up from 62 to 78 over 5 sessions". */
export function trendInWords(label: string, t: Trend): string {
  if (t.first == null || t.last == null || t.count === 0) return `${label}: not measured yet`;
  const first = Math.round(t.first);
  const last = Math.round(t.last);
  if (t.count === 1) return `${label}: ${last} (one session so far)`;
  const over = `over ${t.count} sessions`;
  if (first === last) return `${label} steady at ${last} ${over}`;
  return `${label} ${last > first ? 'up' : 'down'} from ${first} to ${last} ${over}`;
}

const cell = (v: number | null) => (v == null ? 'n/a' : String(Math.round(v)));

function render(root: HTMLElement, p: Progress | null): void {
  const heading = h('h1', {}, 'Your progress');
  const me = currentAccount();
  const whose = h('p', { class: 'hint', id: 'history-whose' }, me
    ? `The sessions of your account (${me.email}), wherever you practised.`
    : 'The sessions practised in this browser without an account.');
  if (!p || p.points.length === 0) {
    show(root, heading, whose,
      h('p', { class: 'lead', id: 'history-empty' }, 'No finished sessions yet. After your first practice, its report and your progress per category appear here.'),
      h('div', { class: 'actions' }, h('a', { href: '/', 'data-link': true, class: 'button primary' }, 'Start practising')));
    return;
  }
  const trends = ORDER.filter((c) => p.trends[c]).map((c) => trendInWords(CATEGORY_LABELS[c], p.trends[c]!));
  const newestFirst = [...p.points].reverse();
  show(root, heading, whose,
    h('section', { 'aria-labelledby': 'trends-heading' }, h('h2', { id: 'trends-heading' }, 'Trends'),
      h('ul', { id: 'trends', class: 'trends' }, ...trends.map((t) => h('li', {}, t)))),
    h('section', { 'aria-labelledby': 'sessions-heading' }, h('h2', { id: 'sessions-heading' }, 'Past sessions'),
      h('div', { class: 'table-wrap' }, h('table', { id: 'sessions', class: 'sessions' },
        h('caption', { class: 'hint' }, `${p.points.length} finished session${p.points.length === 1 ? '' : 's'}, newest first; scores out of 100`),
        h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, 'Session'), ...ORDER.map((c) => h('th', { scope: 'col' }, CATEGORY_LABELS[c])))),
        h('tbody', {}, ...newestFirst.map((pt) => h('tr', { 'data-session': pt.sessionId },
          h('th', { scope: 'row' }, h('a', { href: `/report/${encodeURIComponent(pt.sessionId)}`, 'data-link': true }, when(pt.finishedAt))),
          ...ORDER.map((c) => h('td', {}, cell(pt[c]))))))))),
    h('div', { class: 'actions' }, h('a', { href: '/', 'data-link': true, class: 'button primary' }, 'Practise again')));
}

export function historyPage(root: HTMLElement): void {
  const status = h('p', { role: 'status' }, 'Loading your sessions…');
  show(root, h('h1', {}, 'Your progress'), status);
  fetchProgress().then((p) => render(root, p), (e: Error) => {
    // an owner the server does not know (a fresh database) has no sessions yet
    if (e instanceof ApiError && e.status === 404) return render(root, null);
    status.className = 'alert';
    status.textContent = e.message;
  });
}
