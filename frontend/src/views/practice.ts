/** Practice: one question at a time with a timer, sparse live cues; pause, answer again, skip, next, end. */
import { h, show } from '../dom';
import { AnswerRecorder } from '../recording/recorder';
import { navigate } from '../router';
import { app, FOCUS_LABELS } from '../state';
import { awaitReport, deviceProblem, endedMessage } from './recovery';
import { preview } from './preview';

const CUE_SHOWN_MS = 8000;

export function practicePage(root: HTMLElement): (() => void) | void {
  const session = app.session;
  const plan = app.plan;
  if (!session || !plan) return navigate('/', true);
  let index = -1;
  let take = 1;
  let elapsedMs = 0;
  let runningSince = 0;
  let ending = false;
  // each answer is recorded in this browser only, for playback from the report (src/recording)
  const recorder = app.stream ? new AnswerRecorder(session.id, app.stream) : null;
  let answersStarted = 0;

  const heading = h('h1', {});
  const question = h('p', { class: 'question', id: 'question-text' });
  const timer = h('p', { class: 'timer', id: 'timer' }, '0:00');
  const cue = h('div', { class: 'cue', role: 'status', 'aria-live': 'polite', 'aria-atomic': 'true', id: 'cue' },
    h('span', { class: 'hint' }, 'A short cue appears here when something is worth adjusting.'));
  const windows = h('span', { id: 'windows-count', 'data-count': 0 }, '0');
  const connection = h('span', { id: 'connection' }, 'live');
  const serverStatus = h('span', { id: 'server-status' }, '');
  const note = h('p', { class: 'hint', id: 'practice-note', role: 'status', 'aria-live': 'polite' });
  const problem = h('div', { id: 'practice-problem' });
  const eye = h('dd', { id: 'meter-eye' }, '–');
  const pace = h('dd', { id: 'meter-pace' }, '–');
  const meters = h('dl', { class: 'meters', id: 'meters' }, h('dt', {}, 'Eye contact'), eye, h('dt', {}, 'Pace'), pace);
  const toggleMeters = h('button', { type: 'button', class: 'link', 'aria-controls': 'meters', 'aria-expanded': 'true' }, 'Hide meters');
  toggleMeters.addEventListener('click', () => {
    meters.hidden = !meters.hidden;
    toggleMeters.textContent = meters.hidden ? 'Show meters' : 'Hide meters';
    toggleMeters.setAttribute('aria-expanded', String(!meters.hidden));
  });
  const next = h('button', { type: 'button', class: 'primary', id: 'next' });
  const pause = h('button', { type: 'button', id: 'pause', 'aria-pressed': 'false' }, 'Pause');
  const again = h('button', { type: 'button', id: 'again' }, 'Answer again');
  const skip = h('button', { type: 'button', id: 'skip' }, 'Skip this question');
  const end = h('button', { type: 'button', id: 'end' }, 'End the session');
  const controls = [next, pause, again, skip, end];

  const elapsed = () => elapsedMs + (session.paused ? 0 : performance.now() - runningSince);
  const ask = (i: number, retake = false) => {
    if (session.paused) togglePause();
    take = retake ? take + 1 : 1;
    index = i;
    const q = plan.questions[i];
    // a new `question` ends the answer before it; answering again is a new answer of the same question
    session.send({ type: 'question', questionId: q.id });
    recorder?.next(answersStarted++, session.mediaTimeSec); // the report's answer order: every take counts
    elapsedMs = 0;
    runningSince = performance.now();
    heading.textContent = `Question ${i + 1} of ${plan.questions.length}` + (take > 1 ? ` (take ${take})` : '');
    question.textContent = q.text;
    const last = i + 1 >= plan.questions.length;
    next.textContent = last ? 'Finish and see my report' : 'Next question';
    skip.textContent = last ? 'Skip this question and finish' : 'Skip this question';
    note.textContent = retake ? 'Answer again: both takes are in your report.' : '';
    heading.focus();
  };
  const finish = () => {
    if (ending) return;
    ending = true;
    recorder?.stop();
    if (session.paused) session.resume();
    session.send({ type: 'answerFinished' });
    session.end();
    controls.forEach((b) => (b.disabled = true));
    note.textContent = 'Preparing your report…';
  };
  const togglePause = () => {
    if (session.paused) {
      session.resume();
      runningSince = performance.now();
    } else {
      elapsedMs = elapsed();
      session.pause();
    }
    pause.textContent = session.paused ? 'Resume' : 'Pause';
    pause.setAttribute('aria-pressed', String(session.paused));
    note.textContent = session.paused ? 'Paused: nothing is analysed until you resume.' : '';
  };
  const nextOrFinish = () => (index + 1 < plan.questions.length ? ask(index + 1) : finish());
  next.addEventListener('click', nextOrFinish);
  pause.addEventListener('click', togglePause);
  again.addEventListener('click', () => ask(index, true));
  skip.addEventListener('click', () => {
    session.send({ type: 'answerFinished' });
    nextOrFinish();
  });
  end.addEventListener('click', finish);

  let cueTimer: number | undefined;
  const offMessages = session.on((m) => {
    if (m.type === 'window') {
      windows.textContent = String(session.windows);
      windows.dataset.count = String(session.windows);
      eye.textContent = m.metrics.eyeContact == null ? '–' : `${Math.round(m.metrics.eyeContact * 100)} %`;
      pace.textContent = m.metrics.wordsPerMinute == null ? '–' : `${Math.round(m.metrics.wordsPerMinute)} wpm`;
    } else if (m.type === 'cue') {
      // one cue at a time: a new one replaces the last, and each fades after a few seconds
      cue.replaceChildren(h('span', { class: 'cue-kind' }, FOCUS_LABELS[m.kind] ?? m.kind), ' ', m.text);
      cue.classList.add('shown');
      window.clearTimeout(cueTimer);
      cueTimer = window.setTimeout(() => cue.classList.remove('shown'), CUE_SHOWN_MS);
    } else if (m.type === 'status') {
      serverStatus.textContent = `${m.fps} frames/s asked, ${m.framesDropped} of ${m.framesReceived} frames skipped`;
    } else if (m.type === 'warning' && !ending) {
      note.textContent = m.message;
    } else if (m.type === 'report') {
      app.reports.set(session.id, m.report);
      app.session = null;
      app.stream = null;
      navigate(`/report/${encodeURIComponent(session.id)}`);
    }
  });
  const offDevices = session.onDeviceLost((lost) => {
    if (!session.paused) togglePause();
    problem.replaceChildren(deviceProblem(lost, session, () => {
      problem.replaceChildren();
      if (session.paused) togglePause();
    }, finish));
  });
  let stopWaiting = () => {};
  const offConnection = session.onConnection((c) => {
    connection.textContent = c;
    if (c === 'reconnecting') note.textContent = 'The connection dropped. Reconnecting; what you say meanwhile is kept.';
    if (c === 'live' && !ending) note.textContent = '';
    if (c === 'ended' && !session.report) {
      controls.forEach((b) => (b.disabled = true));
      note.textContent = endedMessage(session.endReason);
      app.session = null;
      app.stream = null;
      stopWaiting = awaitReport(session.id, session.token, problem, (report) => {
        app.reports.set(session.id, report);
        navigate(`/report/${encodeURIComponent(session.id)}`);
      });
    }
  });
  const tick = window.setInterval(() => {
    const s = Math.floor(elapsed() / 1000);
    timer.textContent = `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
  }, 500);

  show(root, heading, question,
    h('div', { class: 'practice' },
      h('div', { class: 'stage small' }, session.hasVideo ? preview() : h('p', { class: 'hint' }, 'Camera off')),
      h('div', { class: 'panel' },
        h('p', {}, h('span', { class: 'label' }, 'Time '), timer),
        cue,
        meters, toggleMeters,
        h('p', { class: 'hint live-state' }, 'Connection ', connection, ' · seconds analysed ', windows, ' · ', serverStatus))),
    note, problem,
    h('div', { class: 'actions' }, next, pause, again, skip, end));
  ask(0);
  return () => {
    recorder?.stop();
    offMessages();
    offConnection();
    offDevices();
    stopWaiting();
    window.clearInterval(tick);
    window.clearTimeout(cueTimer);
  };
}
