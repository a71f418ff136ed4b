/** The report page: scores, tips with playable moments, timeline charts, transcript, answers, plan, downloads. */
import { questions as fetchQuestions, report as fetchReport, reportText } from '../api';
import { h, show } from '../dom';
import { answersSection } from '../report/answers';
import { TIMELINE_SERIES, timelineChart } from '../report/charts';
import { feedbackSections } from '../report/feedback';
import { LocalPlayback } from '../report/playback';
import { scoresSection } from '../report/scores';
import { transcriptSection } from '../report/transcript';
import type { FullReport } from '../report/types';
import { app } from '../state';

/** The session token: this tab's (sessionStorage), else the one kept for the history page (localStorage). */
function tokenOf(id: string): string | null {
  const key = `coach.session.${id}`;
  const token = sessionStorage.getItem(key) ?? localStorage.getItem(key);
  if (token) localStorage.setItem(key, token);
  return token;
}

export function reportPage(root: HTMLElement, params: Record<string, string>): void {
  const id = params.id;
  const token = tokenOf(id);
  const known = app.reports.get(id);
  if (known) return render(root, id, known as FullReport, token);
  const status = h('p', { role: 'status' }, 'Loading your report…');
  show(root, h('h1', {}, 'Your report'), status);
  if (!token) {
    status.textContent = 'This report was made in another browser; open it there.';
    return;
  }
  Promise.all([fetchReport(id, token), fetchQuestions().catch(() => [])]).then(([r, bank]) => {
    app.reports.set(id, r);
    bank.forEach((q) => questionTexts.set(q.id, q.text));
    render(root, id, r as FullReport, token);
  }, (e: Error) => {
    status.className = 'alert';
    status.textContent = e.message;
  });
}

/** Question texts by id: from the plan of this visit, else from the bank (a report opened on its own URL). */
const questionTexts = new Map<string, string>();

function download(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = h('a', { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function render(root: HTMLElement, id: string, r: FullReport, token: string | null): void {
  app.plan?.questions.forEach((q) => questionTexts.set(q.id, q.text));
  const playback = new LocalPlayback(id);
  const timeline = r.timeline ?? [];
  const spans = (r.answers ?? []).map((a) => ({ start: a.start, end: a.end }));
  const charts = timeline.length === 0 ? [] : TIMELINE_SERIES.map((s) => timelineChart(s, timeline, spans)).filter((c) => c !== null);

  const json = h('button', { type: 'button', id: 'download-json' }, 'Download JSON');
  json.addEventListener('click', async () => {
    // the report as the server serves it; the delivered one when the server cannot be asked
    const text = token ? await reportText(id, token).catch(() => JSON.stringify(r, null, 2)) : JSON.stringify(r, null, 2);
    download(`interview-report-${id}.json`, 'application/json', text);
  });
  const pdf = h('button', { type: 'button', id: 'download-pdf' }, 'Download PDF');
  pdf.addEventListener('click', () => window.print());

  show(root,
    h('h1', {}, 'Your report'),
    h('div', { class: 'actions no-print report-actions' }, json, pdf,
      h('span', { class: 'hint' }, 'PDF: choose "Save as PDF" in the print dialog.')),
    scoresSection(id, r.scores),
    ...feedbackSections(r.feedback, playback),
    playback.section(),
    charts.length > 0
      ? h('section', { 'aria-labelledby': 'charts-heading', id: 'charts' },
        h('h2', { id: 'charts-heading' }, 'Over the session'),
        h('p', { class: 'hint' }, 'Shaded: your answers. Before them: the device check.'), ...charts)
      : null,
    transcriptSection(r),
    answersSection(r, (q) => (q && questionTexts.get(q)) ?? q ?? 'Answer'),
    r.notes && r.notes.length > 0 ? h('section', {}, h('h2', {}, 'Notes'), h('ul', {}, ...r.notes.map((n) => h('li', {}, n)))) : null,
    h('div', { class: 'actions no-print' },
      h('a', { href: '/', 'data-link': true, class: 'button primary' }, 'Practise again'),
      h('a', { href: '/history', 'data-link': true, class: 'button' }, 'Your progress')));
  playback.load().catch(() => undefined);
}
