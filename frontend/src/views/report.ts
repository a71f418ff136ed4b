/**
 * The report page: scores, tips with playable moments, timeline charts, transcript, answers, plan, downloads; for
 * the owning account the sharing controls. `/shared/ID` is a coach's read-only view: no sharing, no local recording.
 */
import { currentAccount } from '../account/auth';
import { ApiError, questions as fetchQuestions, report as fetchReport, reportText } from '../api';
import { downloadFile, h, show } from '../dom';
import { answersSection } from '../report/answers';
import { TIMELINE_SERIES, timelineChart } from '../report/charts';
import { feedbackSections } from '../report/feedback';
import { LocalPlayback } from '../report/playback';
import { scoresSection } from '../report/scores';
import { sharingSection } from '../report/sharing';
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
  openReport(root, params.id, false);
}

export function sharedReportPage(root: HTMLElement, params: Record<string, string>): void {
  openReport(root, params.id, true);
}

/** Opened with the session's token kept in this browser, else as the signed-in account (owner, or coach it was shared with). */
function openReport(root: HTMLElement, id: string, readOnly: boolean): void {
  const token = readOnly ? null : tokenOf(id);
  const signedIn = currentAccount() !== null;
  const known = readOnly ? undefined : app.reports.get(id);
  if (known) return render(root, id, known as FullReport, token, readOnly);
  const title = readOnly ? 'Shared report' : 'Your report';
  const status = h('p', { role: 'status' }, 'Loading the report…');
  show(root, h('h1', {}, title), status);
  if (!token && !signedIn) {
    status.className = 'alert';
    status.replaceChildren('This report is not kept in this browser. ',
      h('a', { href: `/signin?next=${encodeURIComponent(location.pathname)}`, 'data-link': true }, 'Sign in'),
      readOnly ? ' to read the sessions shared with you.' : ' to open the reports of your account, or open it in the browser you practised in.');
    return;
  }
  Promise.all([fetchReport(id, token), fetchQuestions().catch(() => [])]).then(([r, bank]) => {
    if (!readOnly) app.reports.set(id, r);
    bank.forEach((q) => questionTexts.set(q.id, q.text));
    render(root, id, r as FullReport, token, readOnly);
  }, (e: Error) => {
    status.className = 'alert';
    status.id = 'report-problem';
    status.setAttribute('role', 'alert');
    status.textContent = e instanceof ApiError && e.status === 404
      ? (readOnly ? 'Not found: this session is not shared with you (any more), or it was deleted.'
        : 'Not found: this report was deleted, or it belongs to another account.')
      : e.message;
  });
}

/** Question texts by id: from the plan of this visit, else from the bank (a report opened on its own URL). */
const questionTexts = new Map<string, string>();

function render(root: HTMLElement, id: string, r: FullReport, token: string | null, readOnly: boolean): void {
  app.plan?.questions.forEach((q) => questionTexts.set(q.id, q.text));
  const playback = readOnly ? null : new LocalPlayback(id);
  const timeline = r.timeline ?? [];
  const spans = (r.answers ?? []).map((a) => ({ start: a.start, end: a.end }));
  const charts = timeline.length === 0 ? [] : TIMELINE_SERIES.map((s) => timelineChart(s, timeline, spans)).filter((c) => c !== null);

  const json = h('button', { type: 'button', id: 'download-json' }, 'Download JSON');
  json.addEventListener('click', async () => {
    // the report as the server serves it; the delivered one when the server cannot be asked
    const text = await reportText(id, token).catch(() => JSON.stringify(r, null, 2));
    downloadFile(`interview-report-${id}.json`, 'application/json', text);
  });
  const pdf = h('button', { type: 'button', id: 'download-pdf' }, 'Download PDF');
  pdf.addEventListener('click', () => window.print());

  show(root,
    h('h1', {}, readOnly ? 'Shared report' : 'Your report'),
    readOnly ? h('p', { class: 'lead' }, 'Shared with you to read. The recording stays with the candidate.') : null,
    h('div', { class: 'actions no-print report-actions' }, json, pdf,
      h('span', { class: 'hint' }, 'PDF: choose "Save as PDF" in the print dialog.')),
    scoresSection(id, r.scores),
    ...feedbackSections(r.feedback, playback),
    playback ? playback.section() : null,
    charts.length > 0
      ? h('section', { 'aria-labelledby': 'charts-heading', id: 'charts' },
        h('h2', { id: 'charts-heading' }, 'Over the session'),
        h('p', { class: 'hint' }, 'Shaded: your answers. Before them: the device check.'), ...charts)
      : null,
    transcriptSection(r),
    answersSection(r, (q) => (q && questionTexts.get(q)) ?? q ?? 'Answer'),
    r.notes && r.notes.length > 0 ? h('section', {}, h('h2', {}, 'Notes'), h('ul', {}, ...r.notes.map((n) => h('li', {}, n)))) : null,
    readOnly ? null : currentAccount() ? sharingSection(id)
      : h('p', { class: 'hint no-print' }, 'To share a session with a coach, sign in before you practise.'),
    readOnly
      ? h('div', { class: 'actions no-print' }, h('a', { href: '/shared', 'data-link': true, class: 'button primary' }, 'Back to the shared sessions'))
      : h('div', { class: 'actions no-print' },
        h('a', { href: '/', 'data-link': true, class: 'button primary' }, 'Practise again'),
        h('a', { href: '/history', 'data-link': true, class: 'button' }, 'Your progress')));
  playback?.load().catch(() => undefined);
}
