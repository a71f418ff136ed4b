// The server killed mid-answer and started again: the page says what happens meanwhile and ends on the report of
// the session (the restarted server finalizes it). PracticeSiteAccessIT kills the server when the file KILL_FILE
// appears and starts it again on the same port. By hand: run it, and kill -9 / restart the server when told.
import { existsSync, writeFileSync } from 'node:fs';
import { env, launch, open, writeResult } from './browser.mjs';

const base = env('BASE_URL');
const result = {};
const browser = await launch();
try {
  const page = await open(browser, result, { width: 1000, height: 800 });
  await page.goto(`${base}/`);
  await page.locator('#question-list input:checked').nth(1).waitFor();
  await page.getByRole('button', { name: 'Check camera and microphone' }).click();
  await page.waitForFunction(() => document.querySelector('#face-status')?.textContent?.startsWith('Face found'), null, { timeout: 90000 });
  await page.getByRole('button', { name: 'Start the first question' }).click();
  await page.getByRole('heading', { name: 'Question 1 of 2' }).waitFor();
  await page.waitForTimeout(Number(env('ANSWER_SEC', '5')) * 1000);
  const held = await page.evaluate(() => JSON.parse(sessionStorage.getItem('coach.session') ?? 'null'));
  result.sessionId = held?.id;
  result.token = held?.token;
  result.windowsBefore = Number(await page.locator('#windows-count').getAttribute('data-count'));
  writeFileSync(env('KILL_FILE'), 'kill the server now\n');
  console.log('kill the server now');

  await page.waitForFunction(() => document.querySelector('#connection')?.textContent === 'reconnecting', null, { timeout: 30000 });
  result.reconnectingNote = await page.locator('#practice-note').textContent();
  await page.shot('restart-1-reconnecting');
  await page.waitForURL(/\/report\//, { timeout: Number(env('RECOVER_SEC', '150')) * 1000 });
  await page.locator('h1').first().waitFor();
  await page.waitForTimeout(1000);
  result.url = page.url();
  result.reportHeading = await page.locator('h1').first().textContent();
  await page.shot('restart-2-report');
} catch (e) {
  result.error = String(e?.stack ?? e);
  await browser.contexts()[0]?.pages()[0]?.screenshot({ path: `${env('SHOTS')}/restart-failed.png`, fullPage: true }).catch(() => {});
  result.killFileWritten = existsSync(env('KILL_FILE'));
} finally {
  writeResult(result);
  await browser.close();
}
process.exit(result.error ? 1 : 0);
