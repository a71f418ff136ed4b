/** Device check: camera preview with a framing guide, microphone level, the server's warnings, calibration. */
import { ApiError } from '../api';
import { DeviceError, openDevices, stopDevices } from '../capture';
import { h, show } from '../dom';
import { navigate } from '../router';
import { LiveSession } from '../session';
import { app } from '../state';
import { preview } from './preview';

export function checkPage(root: HTMLElement): (() => void) | void {
  const plan = app.plan;
  if (!plan) return navigate('/', true);
  const status = h('p', { role: 'status' }, 'Opening your camera and microphone…');
  show(root, h('h1', {}, plan.camera ? 'Check your camera and microphone' : 'Check your microphone'), status);
  let disposed = false;
  let stopUpdates = () => {};

  const fail = (e: unknown) => {
    stopDevices(app.stream);
    app.stream = null;
    const message = e instanceof Error ? e.message : String(e);
    const actions: HTMLElement[] = [h('button', { type: 'button', class: 'primary', onclick: () => checkPage(root) }, 'Try again')];
    if (plan.camera && e instanceof DeviceError && (e.kind === 'denied' || e.kind === 'missing' || e.kind === 'busy')) {
      actions.push(h('button', { type: 'button', onclick: () => { plan.camera = false; checkPage(root); } }, 'Practise without the camera'));
    }
    if (e instanceof ApiError && e.retryAfterSec) actions.unshift(h('p', {}, `Try again in about ${e.retryAfterSec} s.`));
    actions.push(h('a', { href: '/', 'data-link': true }, 'Back to the questions'));
    status.remove();
    root.append(h('div', { class: 'alert', role: 'alert' }, h('p', {}, message)), h('div', { class: 'actions' }, ...actions));
  };

  (async () => {
    if (!app.session) {
      app.stream ??= await openDevices(plan.camera);
      const video = plan.camera ? preview(app.stream) : null;
      app.session = await LiveSession.open(plan.questions, plan.focus, app.stream, video);
    }
    if (!disposed) stopUpdates = render(root, app.session);
  })().catch((e) => {
    if (!disposed) fail(e);
  });
  return () => {
    disposed = true;
    stopUpdates();
  };
}

function render(root: HTMLElement, session: LiveSession): () => void {
  const face = h('p', { id: 'face-status' }, session.hasVideo ? 'Looking for your face…' : 'No camera: voice and content only.');
  // the light check: the server's tooDark warning (mean luma below 40 of 255), repeated at most every 15 s
  const light = h('p', { id: 'light-status' }, session.hasVideo ? 'Checking the light…' : '');
  let darkUntil = 0;
  const meter = h('meter', { id: 'mic-level', min: -60, max: 0, low: -42, high: -8, optimum: -20, value: -60 });
  const warnings = h('ul', { class: 'warnings', 'aria-live': 'polite', id: 'check-warnings' });
  const calibrate = h('button', { type: 'button', id: 'calibrate' }, 'Set my baseline: look at the camera for 3 s');
  const calibrateWhy = h('p', { class: 'hint' }, 'Calibration: eye contact is then judged against how you look at your own camera.');
  const calibrated = h('p', { class: 'hint', 'aria-live': 'polite' });
  calibrate.addEventListener('click', () => {
    session.send({ type: 'calibrate' });
    calibrate.disabled = true;
    let left = 3;
    calibrated.textContent = `Keep looking at the camera… ${left}`;
    const tick = window.setInterval(() => {
      left--;
      calibrated.textContent = left > 0 ? `Keep looking at the camera… ${left}` : 'Baseline set. Eye contact is judged against it.';
      if (left <= 0) {
        window.clearInterval(tick);
        calibrate.disabled = false;
      }
    }, 1000);
  });

  const shown = new Map<string, HTMLLIElement>();
  const off = session.on((m) => {
    if (m.type === 'window' && session.hasVideo) {
      face.textContent = m.metrics.faceVisible ? 'Face found. Keep your face inside the guide and your shoulders in view.'
        : 'Your face is not in view: move into the guide, with light in front of you.';
      face.className = m.metrics.faceVisible ? 'ok' : 'attention';
      const dark = Date.now() < darkUntil;
      light.textContent = dark ? 'Too dark: add light in front of you (a lamp or a window behind the screen).' : 'Light: good.';
      light.className = dark ? 'attention' : 'ok';
    }
    if (m.type === 'warning' && m.code === 'tooDark') darkUntil = Date.now() + 16_000;
    if (m.type === 'warning') {
      const li = shown.get(m.code) ?? h('li', {});
      li.textContent = m.message;
      if (!shown.has(m.code)) warnings.append(li);
      shown.set(m.code, li);
    }
  });
  const level = window.setInterval(() => {
    meter.value = session.audioRms > 0 ? Math.max(-60, 20 * Math.log10(session.audioRms)) : -60;
  }, 100);

  show(root,
    h('h1', {}, session.hasVideo ? 'Check your camera and microphone' : 'Check your microphone'),
    h('div', { class: 'check' },
      session.hasVideo ? h('div', { class: 'stage' }, preview(), h('div', { class: 'guide', 'aria-hidden': 'true' })) : h('div', {}),
      h('div', { class: 'panel' },
        face, session.hasVideo ? light : null,
        h('label', { for: 'mic-level' }, 'Microphone level (say a few words)'), meter,
        h('h2', {}, 'From the coach'), warnings,
        session.hasVideo ? calibrateWhy : null, session.hasVideo ? calibrate : null, calibrated)),
    h('div', { class: 'actions' },
      h('button', { type: 'button', class: 'primary', id: 'begin', onclick: () => navigate('/practice') }, 'Start the first question'),
      h('a', { href: '/', 'data-link': true }, 'Back to the questions')));
  return () => {
    off();
    window.clearInterval(level);
  };
}
