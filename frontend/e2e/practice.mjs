// The practice site end to end in Debian's Chromium, with a recording as camera and microphone: two questions
// through the UI, then the report. Run by PracticeSiteIT (which checks the result against the API); by hand:
//   BASE_URL=http://127.0.0.1:8080 VIDEO=clip.y4m AUDIO=clip.wav SHOTS=target/e2e-screenshots node e2e/practice.mjs
// Prints one JSON line: what the page showed (scores, windows received, cue region) and the session it holds.
import { readFileSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { env, launch, open } from './browser.mjs';

const base = env('BASE_URL');
const shots = env('SHOTS');
const answerSec = Number(env('ANSWER_SEC', '8'));

const browser = await launch();
const result = { steps: [], consoleErrors: [] };
let page;
try {
  page = await open(browser, result, { width: 1100, height: 820 });
  const shot = (name) => page.shot(name);

  await page.goto(`${base}/`);
  await page.getByRole('heading', { name: 'Practise an interview' }).waitFor();
  await page.locator('#question-list input:checked').nth(1).waitFor();
  // a pasted job description puts the questions it asks about first and chooses the best two
  await page.getByLabel(/Paste the job description/).fill('We look for someone who resolves conflict with a teammate: '
    + 'listen to their perspective, find a compromise from data, keep the relationship and the result.');
  await page.getByRole('button', { name: 'Put its questions first' }).click();
  await page.getByText(/match this job/).waitFor();
  result.firstAfterJob = await page.locator('#question-list input').first().getAttribute('value');
  result.questionIds = await page.locator('#question-list input:checked').evaluateAll((els) => els.map((e) => e.value));
  await shot('01-start');
  await page.getByRole('button', { name: 'Check camera and microphone' }).click();

  await page.getByRole('heading', { name: 'Check your camera and microphone' }).waitFor();
  await page.waitForFunction(() => document.querySelector('#face-status')?.textContent?.startsWith('Face found'), null, { timeout: 90000 });
  result.micLevelDb = await page.locator('#mic-level').evaluate((m) => m.value);
  await page.getByRole('button', { name: /Set my baseline/ }).click();
  await page.waitForTimeout(3500);
  await shot('02-device-check');
  await page.getByRole('button', { name: 'Start the first question' }).click();

  result.questionsShown = [];
  for (let i = 1; i <= 2; i++) {
    await page.getByRole('heading', { name: `Question ${i} of 2` }).waitFor();
    result.questionsShown.push(await page.locator('#question-text').textContent());
    await page.waitForTimeout(answerSec * 1000);
    await shot(`0${2 + i}-practice-question-${i}`);
    if (i === 1) await page.getByRole('button', { name: 'Next question' }).click();
  }
  result.windowsShown = Number(await page.locator('#windows-count').getAttribute('data-count'));
  result.cueRegion = await page.locator('#cue[role=status][aria-live=polite]').count();
  result.connection = await page.locator('#connection').textContent();
  await page.getByRole('button', { name: 'Finish and see my report' }).click();

  await page.getByRole('heading', { name: 'Your report' }).waitFor({ timeout: 60000 });
  await page.locator('#scores').waitFor();
  await shot('05-report');
  const readScores = () => page.locator('#scores [data-score]').evaluateAll((els) => Object.fromEntries(els.map((e) => [
    e.dataset.score, { value: e.dataset.value, text: e.querySelector('.score-value').firstChild.textContent }])));
  result.scores = await readScores();
  result.answersShown = await page.locator('#answers > li').count();
  const held = await page.evaluate(() => JSON.parse(sessionStorage.getItem('coach.session')));
  result.sessionId = held.id;
  result.token = held.token;
  result.url = page.url();
  result.charts = await page.locator('#charts figure.chart svg[role=img]').evaluateAll((els) => els.map((e) => e.closest('figure').id));
  const readAdvice = (list) => page.locator(`${list} > li`).evaluateAll((els) => els.map((e) => ({
    area: e.querySelector('h3').textContent, message: e.querySelector('.message').textContent,
    moments: [...e.querySelectorAll('button.moment')].map((b) => Number(b.dataset.start)) })));
  result.tips = await readAdvice('#tips');
  result.strengths = await readAdvice('#strengths');

  // the local recording: each answer kept in IndexedDB; a tip's moment inside one seeks the <video> there
  await page.waitForFunction(() => document.querySelector('#playback')?.dataset.recordings !== undefined, null, { timeout: 20000 });
  result.recordings = JSON.parse(await page.locator('#playback').getAttribute('data-recordings'));
  result.playbackNote = await page.locator('.playback p.hint').first().textContent();
  const target = await page.evaluate((recs) => {
    const buttons = [...document.querySelectorAll('#tips button.moment')];
    // a moment that starts inside a recorded answer; else one that starts before it and runs into it (played from 0)
    const inside = (start, end, r) => start >= r.startSec + 0.2 && start <= r.startSec + r.durationSec - 1;
    const into = (start, end, r) => start < r.startSec && end >= r.startSec + 1;
    for (const fits of [inside, into]) {
      for (const [i, b] of buttons.entries()) {
        const start = Number(b.dataset.start);
        const rec = recs.find((r) => fits(start, Number(b.dataset.end), r));
        if (rec) return { button: i, start, recordingStart: rec.startSec, expected: Math.max(0, start - rec.startSec), label: b.textContent };
      }
    }
    return null;
  }, result.recordings);
  result.seek = target;
  if (target) {
    const seeked = page.evaluate(() => new Promise((resolve) => document.querySelector('#playback')
      .addEventListener('seeked', (e) => resolve(e.target.currentTime), { once: true })));
    await page.locator('#tips button.moment').nth(target.button).click();
    result.seek.currentTime = await seeked;
    await page.waitForTimeout(700);
    await shot('06-report-moment-played');
  }
  const uncovered = page.locator('#tips button.moment.unavailable, #strengths button.moment.unavailable');
  result.uncoveredMoments = await uncovered.count();

  // Download JSON: the report as the API serves it
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#download-json').click()]);
  result.downloadedJson = readFileSync(await download.path(), 'utf8');

  // the report's URL loads on its own (the server answers client routes with the site; the page fetches the report)
  await page.reload();
  await page.locator('#scores').waitFor();
  result.scoresAfterReload = await readScores();
  await shot('07-report-reloaded');

  // history: the session among the owner's past sessions, the trends in words, a link back to the report
  await page.goto(`${base}/history`);
  await page.locator('#sessions').waitFor();
  result.historySessions = await page.locator('#sessions tbody tr').evaluateAll((els) => els.map((e) => e.dataset.session));
  result.trends = await page.locator('#trends li').allTextContents();
  await shot('08-history');
  await page.setViewportSize({ width: 390, height: 844 });
  await page.locator('#sessions a').first().click();
  await page.locator('#scores').waitFor();
  result.portraitOverflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  await shot('09-report-phone-portrait');

  // "Delete local recording": gone from IndexedDB (a reload finds none) and every moment says it is not recorded
  await page.locator('#delete-recording').click();
  // the deletion is asynchronous (IndexedDB): reload only once the page says it is done
  await page.getByText('was deleted from this browser').waitFor({ timeout: 20000 });
  await page.reload();
  await page.waitForFunction(() => document.querySelector('#playback')?.dataset.recordings === '[]', null, { timeout: 20000 });
  result.afterDelete = {
    status: await page.locator('#playback-status').textContent(),
    moments: await page.locator('button.moment').count(),
    unavailable: await page.locator('button.moment.unavailable').count(),
  };
} catch (e) {
  result.error = String(e?.stack ?? e);
  // what the page showed when it failed
  await page?.screenshot({ path: `${shots}/failed.png`, fullPage: true }).catch(() => undefined);
  result.failedPageText = await page?.locator('main').innerText().catch(() => null);
} finally {
  await browser.close();
}

// Camera and microphone denied: without the fake permission UI, headless Chromium refuses getUserMedia.
if (!result.error) {
  const denying = await chromium.launch({ executablePath: env('CHROMIUM', '/usr/bin/chromium'), headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run',
      '--use-fake-device-for-media-stream'] });
  try {
    const page = await denying.newPage({ viewport: { width: 1100, height: 820 } });
    // a new browser has no sessions: the history page says so and leads to practice
    await page.goto(`${base}/history`);
    await page.locator('#history-empty').waitFor();
    result.historyEmpty = await page.locator('#history-empty').textContent();
    await page.screenshot({ path: `${shots}/10-history-empty.png`, fullPage: true });
    result.steps.push('10-history-empty');
    await page.goto(`${base}/`);
    await page.getByRole('button', { name: 'Check camera and microphone' }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor({ timeout: 20000 });
    result.deniedMessage = await alert.textContent();
    result.deniedOffersNoCamera = await page.getByRole('button', { name: 'Practise without the camera' }).count();
    await page.screenshot({ path: `${shots}/11-camera-denied.png`, fullPage: true });
    result.steps.push('11-camera-denied');
  } catch (e) {
    result.error = String(e?.stack ?? e);
  } finally {
    await denying.close();
  }
}
const line = JSON.stringify(result);
if (process.env.RESULT) writeFileSync(process.env.RESULT, line);
console.log(line);
process.exit(result.error ? 1 : 0);
