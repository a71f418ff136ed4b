// The whole flow with the keyboard only (Tab, Enter, Space: no clicks) on a phone-sized portrait viewport, with an
// axe-core scan, a screenshot and the horizontal-overflow check of each page (start, device check, practice,
// report). On the way: pause and resume, answer a question again, skip one. Run by PracticeSiteAccessIT; by hand:
//   BASE_URL=http://127.0.0.1:8080 VIDEO=clip.y4m AUDIO=clip.wav SHOTS=/tmp/shots RESULT=/tmp/r.json node e2e/access.mjs
import { axeScan, env, launch, open, overflow, writeResult } from './browser.mjs';

const base = env('BASE_URL');
const answerMs = Number(env('ANSWER_SEC', '3')) * 1000;
const result = { pages: {} };
const browser = await launch();
try {
  const page = await open(browser, result, { width: 390, height: 844 }, { bypassCSP: true });
  /** Tab until the focused element is `selector` (Shift+Tab never needed: the page order is the reading order). */
  const tabTo = async (selector) => {
    for (let i = 0; i < 200; i++) {
      if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
      await page.keyboard.press('Tab');
    }
    throw new Error(`Tab never reached ${selector}`);
  };
  const check = async (name) => {
    result.pages[name] = { serious: await axeScan(page), overflowPx: await overflow(page) };
    await page.shot(`phone-${Object.keys(result.pages).length}-${name}`);
  };

  await page.goto(`${base}/`);
  await page.getByRole('heading', { name: 'Practise an interview' }).waitFor();
  await page.locator('#question-list input:checked').nth(1).waitFor();
  result.questionIds = await page.locator('#question-list input:checked').evaluateAll((els) => els.map((e) => e.value));
  await check('start');
  await tabTo('form button[type=submit]');
  await page.keyboard.press('Enter');

  await page.getByRole('heading', { name: 'Check your camera and microphone' }).waitFor();
  // the first windows a fresh server analyses pay the models' first inferences: slow on a loaded machine
  await page.waitForFunction(() => document.querySelector('#face-status')?.textContent?.startsWith('Face found'), null, { timeout: 90000 });
  await tabTo('#calibrate');
  await page.keyboard.press('Space');
  await page.waitForFunction(() => document.body.textContent.includes('Baseline set'), null, { timeout: 8000 });
  result.light = await page.locator('#light-status').textContent();
  await check('check');
  await tabTo('#begin');
  await page.keyboard.press('Enter');

  await page.getByRole('heading', { name: 'Question 1 of 2' }).waitFor();
  await page.waitForTimeout(answerMs);
  await tabTo('#pause');
  await page.keyboard.press('Space');
  result.paused = { pressed: await page.locator('#pause').getAttribute('aria-pressed'), label: await page.locator('#pause').textContent() };
  await page.waitForTimeout(1000);
  await page.keyboard.press('Space');
  result.resumed = { pressed: await page.locator('#pause').getAttribute('aria-pressed'), label: await page.locator('#pause').textContent() };
  await check('practice');
  await tabTo('#again');
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'Question 1 of 2 (take 2)' }).waitFor();
  await page.waitForTimeout(answerMs);
  await tabTo('#skip');
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'Question 2 of 2' }).waitFor();
  await page.waitForTimeout(answerMs);
  await tabTo('#next');
  result.finishLabel = await page.locator('#next').textContent();
  await page.keyboard.press('Enter');

  await page.waitForURL(/\/report\//, { timeout: 60000 });
  await page.locator('h1').first().waitFor();
  await page.waitForTimeout(1000);
  result.url = page.url();
  const held = await page.evaluate(() => JSON.parse(sessionStorage.getItem('coach.session') ?? 'null'));
  result.sessionId = held?.id;
  result.token = held?.token;
  await check('report');
} catch (e) {
  result.error = String(e?.stack ?? e);
  await browser.contexts()[0]?.pages()[0]?.screenshot({ path: `${env('SHOTS')}/phone-failed.png`, fullPage: true }).catch(() => {});
} finally {
  writeResult(result);
  await browser.close();
}
process.exit(result.error ? 1 : 0);
