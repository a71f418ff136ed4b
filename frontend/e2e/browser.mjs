// Shared by the e2e scripts of PracticeSiteAccessIT: Chromium with a recording as camera and microphone, the
// environment they read, an axe-core scan and the horizontal-overflow check.
import { createRequire } from 'node:module';
import { mkdirSync, writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

export const env = (name, fallback) => process.env[name] ?? fallback ?? (() => { throw new Error(`${name} is not set`); })();

export async function launch() {
  mkdirSync(env('SHOTS'), { recursive: true });
  return chromium.launch({
    executablePath: env('CHROMIUM', '/usr/bin/chromium'),
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--no-first-run', '--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream',
      `--use-file-for-fake-video-capture=${env('VIDEO')}`, `--use-file-for-fake-audio-capture=${env('AUDIO')}`,
      '--autoplay-policy=no-user-gesture-required'],
  });
}

/**
 * A page that records console errors into result.consoleErrors and takes full-page screenshots into SHOTS.
 * `bypassCSP` lets a test inject its own script (axe-core is added inline, which the site's CSP rightly refuses);
 * the practice run (practice.mjs) keeps the CSP and fails on any violation in the console.
 */
export async function open(browser, result, viewport, { bypassCSP = false } = {}) {
  const page = await (await browser.newContext({ viewport, bypassCSP })).newPage();
  result.consoleErrors ??= [];
  result.steps ??= [];
  page.on('console', (m) => { if (m.type() === 'error') result.consoleErrors.push(m.text()); });
  page.on('pageerror', (e) => result.consoleErrors.push(String(e)));
  page.shot = async (name) => {
    await page.screenshot({ path: `${env('SHOTS')}/${name}.png`, fullPage: true });
    result.steps.push(name);
  };
  return page;
}

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** axe-core on the page as it is: the serious and critical violations, each with the elements it found. */
export async function axeScan(page) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: axePath });
  const violations = await page.evaluate(async () => (await window.axe.run(document, { resultTypes: ['violations'] })).violations
    .map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5) })));
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** How many CSS pixels the page is wider than the viewport (0: no horizontal scroll). */
export const overflow = (page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

export function writeResult(result) {
  writeFileSync(env('RESULT'), JSON.stringify(result, null, 1));
}
