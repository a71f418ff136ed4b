// Accounts in the practice site: a candidate and a coach, each in their own browser context, on a phone-sized
// viewport with the site's CSP kept. The candidate signs up, signs out (the refresh token is revoked), signs in,
// practises a short session, shares it with the coach (who signed up in the other context), the coach reads it in
// the coach's view, the candidate stops sharing (the coach no longer sees it), exports their data and deletes the
// account. axe-core scans each new page (served from the site's own origin, so the CSP stays on). Run by
// PracticeSiteAccessIT, which checks what this writes to RESULT against the API and the database; by hand:
//   BASE_URL=http://127.0.0.1:8080 VIDEO=clip.y4m AUDIO=clip.wav SHOTS=/tmp/shots RESULT=/tmp/r.json node e2e/accounts.mjs
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { env, launch, open, overflow, writeResult } from './browser.mjs';

const base = env('BASE_URL');
const answerMs = Number(env('ANSWER_SEC', '3')) * 1000;
const stamp = `${Date.now().toString(36)}-${process.pid}`;
const candidate = { email: `candidate-${stamp}@example.com`, password: 'practice makes better 1' };
const coach = { email: `coach-${stamp}@example.com`, password: 'listen first, then coach 2' };
const result = { candidate: candidate.email, coach: coach.email, pages: {}, refreshes: [], unauthorized: [] };
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
let phase = 'start';

/** A person's page: phone viewport, CSP on, axe-core reachable at a same-origin URL (a script the CSP allows). */
async function person(name) {
  const page = await open(browser, result, { width: 390, height: 844 });
  await page.context().route('**/__e2e/axe.js', (r) => r.fulfill({ contentType: 'text/javascript', body: axeSource }));
  page.on('response', (r) => {
    const path = new URL(r.url()).pathname;
    if (path === '/api/auth/refresh') result.refreshes.push({ who: name, status: r.status(), phase });
    if (r.status() === 401) result.unauthorized.push({ who: name, path, phase });
  });
  page.scan = async (label) => {
    if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ url: '/__e2e/axe.js' });
    const serious = await page.evaluate(async () => (await window.axe.run(document, { resultTypes: ['violations'] })).violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5) })));
    result.pages[label] = { serious, overflowPx: await overflow(page) };
    await page.shot(`accounts-${String(Object.keys(result.pages).length).padStart(2, '0')}-${label}`);
  };
  return page;
}

const heading = (page, name) => page.getByRole('heading', { name, exact: true }).waitFor({ timeout: 30000 });
const focusedId = (page) => page.evaluate(() => document.activeElement?.id ?? null);

async function signUp(page, who, role) {
  await page.goto(`${base}/signup`);
  await heading(page, 'Create an account');
  await page.getByLabel('Email').fill(who.email);
  await page.getByLabel('Password').fill(who.password);
  if (role === 'coach') await page.getByLabel(/^a coach/).check();
  await page.getByRole('button', { name: 'Create my account' }).click();
}

async function signIn(page, who, password = who.password) {
  await page.getByLabel('Email').fill(who.email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
}

/** The recordings IndexedDB holds for a session in this page's browser context. */
const localRecordings = (page, id) => page.evaluate((sessionId) => new Promise((resolve, reject) => {
  const req = indexedDB.open('coach-recordings', 1);
  req.onupgradeneeded = () => req.result.createObjectStore('answers', { keyPath: ['sessionId', 'index'] });
  req.onerror = () => reject(req.error);
  req.onsuccess = () => {
    const get = req.result.transaction('answers').objectStore('answers')
      .count(IDBKeyRange.bound([sessionId, -Infinity], [sessionId, Infinity]));
    get.onsuccess = () => { resolve(get.result); req.result.close(); };
    get.onerror = () => reject(get.error);
  };
}), id);

const browser = await launch();
try {
  const cand = await person('candidate');
  const coachPage = await person('coach');

  // sign up: an empty form says what is missing, on the field, with focus there
  phase = 'sign-up';
  await cand.goto(`${base}/signup`);
  await heading(cand, 'Create an account');
  await cand.scan('sign-up');
  await cand.getByRole('button', { name: 'Create my account' }).click();
  result.emptyFormError = { text: await cand.locator('#email-error').textContent(), focused: await focusedId(cand),
    invalid: await cand.locator('#email').getAttribute('aria-invalid') };
  await signUp(cand, candidate, 'candidate');
  await heading(cand, 'Your progress');
  result.signedUpTo = new URL(cand.url()).pathname;
  result.historyWhose = await cand.locator('#history-whose').textContent();
  await cand.scan('history-signed-in');

  // sign out revokes the refresh token (IT: refreshing with it answers 401)
  phase = 'sign-out';
  await cand.locator('#nav-account').click();
  await heading(cand, 'Your account');
  result.accountShown = { email: await cand.locator('#account-email').textContent(), role: await cand.locator('#account-role').textContent() };
  await cand.scan('account');
  result.revokedRefreshToken = await cand.evaluate(() => sessionStorage.getItem('coach.refreshToken'));
  await cand.locator('#sign-out').click();
  await cand.waitForURL(`${base}/`);
  await cand.locator('#nav-sign-in').waitFor();
  result.afterSignOut = { refreshTokenKept: await cand.evaluate(() => sessionStorage.getItem('coach.refreshToken')),
    accountPage: null };
  await cand.goto(`${base}/account`);
  await heading(cand, 'Sign in');
  result.afterSignOut.accountPage = new URL(cand.url()).pathname + new URL(cand.url()).search;

  // sign in: a wrong password is announced; the right one opens the page asked for
  phase = 'sign-in';
  await cand.scan('sign-in');
  await signIn(cand, candidate, 'not my password at all');
  await cand.locator('#account-error:not([hidden])').waitFor();
  result.wrongPassword = await cand.locator('#account-error').textContent();
  await signIn(cand, candidate);
  await heading(cand, 'Your account');
  result.signedInTo = new URL(cand.url()).pathname;

  // the coach signs up in another browser context and finds nothing shared yet
  await signUp(coachPage, coach, 'coach');
  await heading(coachPage, 'Shared with you');
  await coachPage.locator('#shared-empty').waitFor();
  result.coachNav = await coachPage.locator('#site-nav').innerText();
  await coachPage.scan('shared-empty');

  // a short session as the signed-in candidate
  phase = 'practice';
  await cand.goto(`${base}/`);
  await cand.locator('#question-list input:checked').nth(1).waitFor();
  await cand.getByRole('button', { name: 'Check camera and microphone' }).click();
  await heading(cand, 'Check your camera and microphone');
  await cand.waitForFunction(() => document.querySelector('#face-status')?.textContent?.startsWith('Face found'), null, { timeout: 90000 });
  await cand.getByRole('button', { name: 'Start the first question' }).click();
  await heading(cand, 'Question 1 of 2');
  await cand.waitForTimeout(answerMs);
  await cand.getByRole('button', { name: 'Next question' }).click();
  await heading(cand, 'Question 2 of 2');
  await cand.waitForTimeout(answerMs);
  await cand.getByRole('button', { name: 'Finish and see my report' }).click();
  await heading(cand, 'Your report');
  await cand.locator('#scores').waitFor({ timeout: 60000 });
  const held = await cand.evaluate(() => JSON.parse(sessionStorage.getItem('coach.session')));
  result.sessionId = held.id;
  result.token = held.token;
  await cand.waitForFunction(() => document.querySelector('#playback')?.dataset.recordings !== undefined, null, { timeout: 20000 });
  result.localRecordingsBefore = await localRecordings(cand, held.id);

  // share with the coach: an email without a coach account is refused on the field, the coach's is listed
  phase = 'share';
  await cand.locator('#sharing:not([hidden])').waitFor();
  await cand.getByLabel("Your coach's email").fill(`nobody-${stamp}@example.com`);
  await cand.getByRole('button', { name: 'Share', exact: true }).click();
  await cand.locator('#coach-email-error:not([hidden])').waitFor();
  result.unknownCoach = { text: await cand.locator('#coach-email-error').textContent(), focused: await focusedId(cand) };
  await cand.getByLabel("Your coach's email").fill(coach.email);
  await cand.getByRole('button', { name: 'Share', exact: true }).click();
  await cand.locator(`#shares li[data-coach="${coach.email}"]`).waitFor();
  result.sharedWith = await cand.locator('#shares li[data-coach]').evaluateAll((els) => els.map((e) => e.dataset.coach));
  result.shareStatus = await cand.locator('#sharing-status').textContent();
  await cand.scan('report-sharing');

  // the coach's view: the session listed, its report read-only (no sharing, no local recording)
  phase = 'coach-reads';
  await coachPage.goto(`${base}/shared`);
  await coachPage.locator('#shared-sessions').waitFor();
  result.coachList = await coachPage.locator('#shared-sessions tbody tr').evaluateAll((els) => els.map((e) => ({
    session: e.dataset.session, candidate: e.querySelector('th').textContent })));
  await coachPage.scan('shared-list');
  await coachPage.getByRole('link', { name: /Open the report of/ }).first().click();
  await heading(coachPage, 'Shared report');
  await coachPage.locator('#scores').waitFor();
  result.coachReport = {
    url: new URL(coachPage.url()).pathname,
    scores: await coachPage.locator('#scores [data-score]').evaluateAll((els) => Object.fromEntries(els.map((e) => [e.dataset.score, e.dataset.value]))),
    sharing: await coachPage.locator('#sharing').count(),
    playback: await coachPage.locator('#playback, #delete-recording').count(),
    momentButtons: await coachPage.locator('button.moment').count(),
    momentTimes: await coachPage.locator('.moment-time').count(),
  };
  await coachPage.scan('shared-report');

  // the candidate stops sharing: gone from the coach's list, and the report's URL answers not found
  phase = 'unshare';
  await cand.getByRole('button', { name: `Stop sharing with ${coach.email}` }).click();
  await cand.locator('#shares-empty').waitFor();
  result.afterUnshare = { focused: await focusedId(cand), status: await cand.locator('#sharing-status').textContent() };
  await coachPage.goto(`${base}/shared`);
  await coachPage.locator('#shared-empty').waitFor();
  result.coachListAfterUnshare = await coachPage.locator('#shared-sessions tbody tr').count();
  await coachPage.goto(`${base}/shared/${held.id}`);
  await coachPage.locator('#report-problem').waitFor();
  result.coachReportAfterUnshare = await coachPage.locator('#report-problem').textContent();

  // the account's sessions on the history page (from the server)
  await cand.goto(`${base}/history`);
  await cand.locator('#sessions').waitFor();
  result.historySessions = await cand.locator('#sessions tbody tr').evaluateAll((els) => els.map((e) => e.dataset.session));

  // export: the downloaded file, parsed
  phase = 'export';
  await cand.goto(`${base}/account`);
  await heading(cand, 'Your account');
  const [download] = await Promise.all([cand.waitForEvent('download'), cand.locator('#export').click()]);
  result.exportName = download.suggestedFilename();
  const exported = JSON.parse(readFileSync(await download.path(), 'utf8'));
  result.exported = { id: exported.account?.id, email: exported.account?.email, role: exported.account?.role,
    sessions: (exported.content?.sessions ?? []).map((s) => ({ id: s.id, scores: s.report?.scores ?? null })) };
  result.exportStatus = await cand.locator('#export-status').textContent();

  // delete the account: confirm (with this browser's recordings), then signed out, the report gone
  phase = 'delete';
  await cand.locator('#delete-start').click();
  await cand.locator('#delete-confirm-panel:not([hidden])').waitFor();
  result.deleteConfirm = { focused: await focusedId(cand), text: await cand.locator('#delete-confirm-panel').innerText(),
    recordingsOffered: await cand.locator('#delete-recordings').isChecked() };
  await cand.scan('delete-confirm');
  await cand.locator('#delete-confirm').click();
  await heading(cand, 'Your account was deleted');
  phase = 'after-delete';
  result.deleted = { status: await cand.locator('#deleted-status').textContent(),
    refreshTokenKept: await cand.evaluate(() => sessionStorage.getItem('coach.refreshToken')),
    signInLink: await cand.locator('#nav-sign-in').count(),
    localRecordings: await localRecordings(cand, held.id) };
  await cand.goto(`${base}/signin`);
  await heading(cand, 'Sign in');
  await signIn(cand, candidate);
  await cand.locator('#account-error:not([hidden])').waitFor();
  result.signInAfterDelete = await cand.locator('#account-error').textContent();
  await cand.goto(`${base}/report/${held.id}`);
  await heading(cand, 'Your report');
  result.candidateReportAfterDelete = { text: await cand.locator('main').innerText(), scores: await cand.locator('#scores').count() };
  await coachPage.goto(`${base}/shared/${held.id}`);
  await coachPage.locator('#report-problem').waitFor();
  result.coachReportAfterDelete = await coachPage.locator('#report-problem').textContent();
} catch (e) {
  result.error = `${phase}: ${String(e?.stack ?? e)}`;
  for (const [i, c] of browser.contexts().entries()) {
    await c.pages()[0]?.screenshot({ path: `${env('SHOTS')}/accounts-failed-${i}.png`, fullPage: true }).catch(() => {});
  }
} finally {
  writeResult(result);
  await browser.close();
}
process.exit(result.error ? 1 : 0);
