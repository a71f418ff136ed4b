/** What the practice page offers when something breaks: a device unplugged, the session ended by the server. */
import { ApiError, report as fetchReport, type Report } from '../api';
import { DeviceError, openDevices } from '../capture';
import { h } from '../dom';
import type { Device, EndReason, LiveSession } from '../session';
import { app } from '../state';
import { preview } from './preview';

const REPORT_POLL_MS = 3000;
/** How long the page waits for the server to finalize a session it lost (a restart takes a while). */
const REPORT_WAIT_MS = 180_000;

export function endedMessage(reason: EndReason | null): string {
  if (reason === 'finalized') return 'The server restarted and ended your session with what it had received. Loading your report…';
  if (reason === 'replaced') return 'This session continued in another tab or window. Your report will be there; waiting for it here too…';
  return 'The connection could not be restored. The server keeps a report of what it received; waiting for it…';
}

/**
 * Polls GET /api/sessions/{id}/report until the server has it (409 while the session still runs, e.g. until a
 * restarted server finalizes it), then hands it over. Meanwhile the candidate can start a new session.
 */
export function awaitReport(id: string, token: string, into: HTMLElement, done: (r: Report) => void): () => void {
  let timer: number | undefined;
  let stopped = false;
  const until = Date.now() + REPORT_WAIT_MS;
  const giveUp = (text: string) => into.replaceChildren(h('div', { class: 'alert', role: 'alert' }, h('p', {}, text)),
    h('div', { class: 'actions' }, h('a', { href: '/', 'data-link': true, class: 'button primary' }, 'Start a new session')));
  into.replaceChildren(h('div', { class: 'actions' },
    h('a', { href: '/', 'data-link': true }, 'Leave it and start a new session')));
  const poll = () => fetchReport(id, token).then((r) => {
    if (!stopped) done(r);
  }, (e: unknown) => {
    if (stopped) return;
    const running = e instanceof ApiError && (e.status === 409 || e.status === 0 || e.status === 503);
    if (running && Date.now() < until) {
      timer = window.setTimeout(poll, REPORT_POLL_MS);
    } else if (e instanceof ApiError && e.status === 404) {
      giveUp('This session has expired and no report was kept. Start a new session when you are ready.');
    } else {
      giveUp(`Your report is not available yet (${e instanceof Error ? e.message : String(e)}). Try its page later from your history, or start a new session.`);
    }
  });
  void poll();
  return () => {
    stopped = true;
    window.clearTimeout(timer);
  };
}

/**
 * A camera or microphone was unplugged mid-answer: the session is paused (the answer so far is kept) and the
 * candidate can plug it back in and go on, go on without the camera, or end with a report.
 */
export function deviceProblem(lost: Device, session: LiveSession, resumed: () => void, end: () => void): HTMLElement {
  const message = h('p', {}, lost === 'camera'
    ? 'Your camera stopped (unplugged, or turned off by another application). The session is paused; your answer so far is kept.'
    : 'Your microphone stopped (unplugged, or turned off by another application). The session is paused; your answer so far is kept.');
  const reopen = async (camera: boolean) => {
    try {
      const stream = await openDevices(camera);
      app.stream = stream;
      await session.replaceDevices(stream, camera ? preview(stream) : null);
      resumed();
    } catch (e) {
      message.textContent = e instanceof DeviceError ? e.message : `The devices could not be opened again (${String(e)}).`;
    }
  };
  return h('div', { class: 'alert', role: 'alert', id: 'device-problem' }, message,
    h('div', { class: 'actions' },
      h('button', { type: 'button', class: 'primary', onclick: () => void reopen(session.hasVideo || lost === 'camera') }, 'Reconnect and go on'),
      lost === 'camera' ? h('button', { type: 'button', onclick: () => void reopen(false) }, 'Go on without the camera') : null,
      h('button', { type: 'button', onclick: end }, 'End and see my report')));
}
