/** A minimal report: overall and category scores of the delivered report (the full report page comes later). */
import { questions as fetchQuestions, report as fetchReport, type Report, type Scores } from '../api';
import { h, show } from '../dom';
import { app } from '../state';

const CATEGORIES: [keyof Scores, string][] = [
  ['bodyLanguage', 'Body language'],
  ['facialExpression', 'Facial expression'],
  ['vocalDelivery', 'Voice'],
  ['speechContent', 'Content'],
];

export function reportPage(root: HTMLElement, params: Record<string, string>): void {
  const id = params.id;
  const known = app.reports.get(id);
  if (known) return render(root, id, known);
  const token = sessionStorage.getItem(`coach.session.${id}`);
  const status = h('p', { role: 'status' }, 'Loading your report…');
  show(root, h('h1', {}, 'Your report'), status);
  if (!token) {
    status.textContent = 'This report was made in another browser tab or window; open it there.';
    return;
  }
  Promise.all([fetchReport(id, token), fetchQuestions().catch(() => [])]).then(([r, bank]) => {
    app.reports.set(id, r);
    bank.forEach((q) => questionTexts.set(q.id, q.text));
    render(root, id, r);
  }, (e: Error) => {
    status.className = 'alert';
    status.textContent = e.message;
  });
}

function score(key: keyof Scores, label: string, value: number | null, big = false) {
  const text = value == null ? 'n/a' : String(Math.round(value));
  return h('div', { class: big ? 'score overall' : 'score', 'data-score': key, 'data-value': value == null ? 'null' : String(value) },
    h('span', { class: 'score-label' }, label),
    h('span', { class: 'score-value' }, text, value == null ? null : h('span', { class: 'of' }, ' / 100')),
    value == null ? h('span', { class: 'hint' }, 'not measured') : h('meter', { min: 0, max: 100, value, 'aria-label': `${label} ${text} of 100` }));
}

/** Question texts by id: from the plan of this visit, else from the bank (a report opened on its own URL). */
const questionTexts = new Map<string, string>();

function render(root: HTMLElement, id: string, r: Report): void {
  app.plan?.questions.forEach((q) => questionTexts.set(q.id, q.text));
  const questions = questionTexts;
  show(root,
    h('h1', {}, 'Your report'),
    h('section', { class: 'scores', 'aria-label': 'Scores', id: 'scores', 'data-session': id },
      score('overall', 'Overall', r.scores.overall, true),
      ...CATEGORIES.map(([key, label]) => score(key, label, r.scores[key]))),
    r.answers && r.answers.length > 0
      ? h('section', {}, h('h2', {}, 'Your answers'), h('ol', { id: 'answers' }, ...r.answers.map((a) =>
        h('li', {}, (a.questionId && questions.get(a.questionId)) ?? a.questionId ?? 'Answer',
          h('span', { class: 'hint' }, ` (${Math.round(a.end - a.start)} s)`)))))
      : null,
    r.notes && r.notes.length > 0 ? h('section', {}, h('h2', {}, 'Notes'), h('ul', {}, ...r.notes.map((n) => h('li', {}, n)))) : null,
    h('div', { class: 'actions' }, h('a', { href: '/', 'data-link': true, class: 'button primary' }, 'Practise again')));
}
