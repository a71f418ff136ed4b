// Reference landmarks from Google's MediaPipe JS solutions (@mediapipe/face_mesh, @mediapipe/pose) run in
// headless Chromium on the frames the Java pipeline samples from a clip. Usage (README.md):
//   node reference.mjs <clip.mp4> <out.json> [--fps 10] [--pose-model 0|1|2]
// Output coordinates are frame pixels (z of the face mesh in the same pixel scale, as x).
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const HERE = dirname(fileURLToPath(import.meta.url));
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const FACE_MESH_VERSION = '0.4.1657299874';
const POSE_VERSION = '0.5.1675469404';
// face-mesh points whose depth the head-pose comparison needs (eye corners, forehead, chin)
const Z_POINTS = [10, 33, 133, 152, 263, 362];
// points kept from the refined mesh (attention model): eye corners, the lid points of the aperture, both irises
const EYE_POINTS = [33, 133, 160, 144, 159, 145, 158, 153, 362, 263, 385, 380, 386, 374, 387, 373,
  468, 469, 470, 471, 472, 473, 474, 475, 476, 477];

function parseArgs(argv) {
  const args = { fps: 10, poseModel: 1, positional: [] };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--fps') args.fps = Number(argv[++i]);
    else if (argv[i] === '--pose-model') args.poseModel = Number(argv[++i]);
    else args.positional.push(argv[i]);
  }
  if (args.positional.length !== 2 || !(args.fps > 0) || ![0, 1, 2].includes(args.poseModel)) {
    console.error('usage: node reference.mjs <clip.mp4> <out.json> [--fps 10] [--pose-model 0|1|2]');
    process.exit(2);
  }
  return args;
}

function probe(clip) {
  const r = spawnSync('ffprobe', ['-v', 'error', '-select_streams', 'v:0', '-show_entries',
    'stream=width,height,r_frame_rate', '-of', 'json', clip], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`ffprobe could not read ${clip}: ${r.stderr}`);
  const s = JSON.parse(r.stdout).streams[0];
  const [num, den] = s.r_frame_rate.split('/').map(Number);
  return { width: s.width, height: s.height, fps: num / den };
}

// The sampling rule of media/MediaReader: a decoded frame at t is taken when t + half a source frame reaches
// the next sample time, which then advances by 1/fps until it passes t + half a source frame.
function sampledFrames(count, sourceFps, fps) {
  const half = 0.5 / sourceFps;
  const taken = [];
  let next = 0;
  for (let i = 0; i < count; i++) {
    const t = i / sourceFps;
    if (t + half < next) continue;
    while (next <= t + half) next += 1 / fps;
    taken.push({ index: i, t });
  }
  return taken;
}

function extractFrames(clip, dir) {
  const r = spawnSync('ffmpeg', ['-v', 'error', '-i', clip, '-map', '0:v:0', '-fps_mode', 'passthrough',
    join(dir, '%06d.png')], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`ffmpeg could not decode ${clip}: ${r.stderr}`);
  return readdirSync(dir).filter((f) => f.endsWith('.png')).sort();
}

function serve(routes) {
  const server = createServer((req, res) => {
    if (process.env.DEBUG) console.error(req.url);
    const url = decodeURIComponent(req.url.split('?')[0]);
    for (const [prefix, root] of routes) {
      if (url.startsWith(prefix)) {
        try {
          const body = readFileSync(join(root, url.slice(prefix.length)));
          const type = url.endsWith('.js') ? 'text/javascript' : url.endsWith('.wasm') ? 'application/wasm'
            : url.endsWith('.html') ? 'text/html' : url.endsWith('.png') ? 'image/png' : 'application/octet-stream';
          res.writeHead(200, { 'content-type': type });
          res.end(body);
        } catch {
          res.writeHead(404);
          res.end();
        }
        return;
      }
    }
    res.writeHead(404);
    res.end();
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(server)));
}

// one page per solution: their WASM modules share global names
const PAGES = {
  refined: '<!doctype html><html><body><script src="/mp/face_mesh/face_mesh.js"></script></body></html>',
  face: '<!doctype html><html><body><script src="/mp/face_mesh/face_mesh.js"></script></body></html>',
  pose: '<!doctype html><html><body><script src="/mp/pose/pose.js"></script></body></html>',
};

// Runs in the page: one solution instance fed the frames in order, as a video stream (tracking between frames).
async function runSolution({ kind, urls, poseModel }) {
  const solution = kind !== 'pose'
    ? new FaceMesh({ locateFile: (f) => `/mp/face_mesh/${f}` })
    : new Pose({ locateFile: (f) => `/mp/pose/${f}` });
  // minDetectionConfidence / minTrackingConfidence left at their defaults (0.5): setting them aborts this build's graph
  if (kind !== 'pose') {
    solution.setOptions({ maxNumFaces: 1, refineLandmarks: kind === 'refined' });
  } else {
    solution.setOptions({ modelComplexity: poseModel, smoothLandmarks: false, enableSegmentation: false,
      minDetectionConfidence: 0.5, minTrackingConfidence: 0.5, selfieMode: false, useCpuInference: true });
  }
  let latest = null;
  solution.onResults((r) => {
    latest = kind !== 'pose'
      ? (r.multiFaceLandmarks && r.multiFaceLandmarks[0] ? r.multiFaceLandmarks[0].map((p) => [p.x, p.y, p.z]) : null)
      : (r.poseLandmarks ? r.poseLandmarks.map((p) => [p.x, p.y, p.z, p.visibility]) : null);
  });
  await solution.initialize();
  const out = [];
  for (const url of urls) {
    const img = new Image();
    img.src = url;
    await img.decode();
    latest = null;
    await solution.send({ image: img });
    out.push(latest);
  }
  await solution.close();
  return out;
}

const round1 = (v) => Math.round(v * 10) / 10;

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const clip = resolve(args.positional[0]);
  const info = probe(clip);
  const dir = mkdtempSync(join(tmpdir(), 'mp-reference-'));
  try {
    const files = extractFrames(clip, dir);
    const frames = sampledFrames(files.length, info.fps, args.fps);
    const server = await serve([['/mp/', join(HERE, 'node_modules', '@mediapipe')], ['/frames/', dir]]);
    for (const [kind, html] of Object.entries(PAGES)) writeFileSync(join(dir, `${kind}.html`), html);
    const base = `http://127.0.0.1:${server.address().port}`;
    const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--no-sandbox',
      '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'] });
    const results = {};
    try {
      for (const kind of ['face', 'refined', 'pose']) {
        const page = await browser.newPage();
        page.on('pageerror', (e) => console.error(`${kind} page: ${e.message}`));
        page.on('console', (m) => { if (process.env.DEBUG) console.error(`${kind} console: ${m.type()} ${m.text()}`); });
        await page.goto(`${base}/frames/${kind}.html`);
        const urls = frames.map((f) => `${base}/frames/${files[f.index]}`);
        results[kind] = await page.evaluate(runSolution, { kind, urls, poseModel: args.poseModel });
        await page.close();
      }
    } finally {
      await browser.close();
      server.close();
    }
    const { width: w, height: h } = info;
    const out = {
      clip: clip.split('/').pop(),
      reference: { faceMesh: `@mediapipe/face_mesh@${FACE_MESH_VERSION}: face = refineLandmarks false (face_landmark `
        + 'model, as the Java pipeline), eyes = refineLandmarks true (attention model with irises)',
        pose: `@mediapipe/pose@${POSE_VERSION} (modelComplexity ${args.poseModel}, smoothLandmarks false)`,
        runtime: 'headless Chromium, WASM CPU inference' },
      fps: args.fps, width: w, height: h,
      units: 'frame pixels, rounded to 0.1 px; faceZ: depth of the zPoints in the same pixel scale; pose visibility 0..1',
      zPoints: Z_POINTS,
      eyePoints: EYE_POINTS,
      frames: frames.map((f, i) => {
        const face = results.face[i];
        const refined = results.refined[i];
        const pose = results.pose[i];
        return {
          t: Math.round(f.t * 1000) / 1000,
          // 468 points as x0, y0, x1, y1, ...
          face: face ? face.flatMap((p) => [round1(p[0] * w), round1(p[1] * h)]) : null,
          faceZ: face ? Z_POINTS.map((k) => round1(face[k][2] * w)) : null,
          // the eyePoints of the refined mesh as x, y, ...
          eyes: refined ? EYE_POINTS.flatMap((k) => [round1(refined[k][0] * w), round1(refined[k][1] * h)]) : null,
          // 33 points as x, y, visibility
          pose: pose ? pose.flatMap((p) => [round1(p[0] * w), round1(p[1] * h), Math.round(p[3] * 100) / 100]) : null,
        };
      }),
    };
    writeFileSync(args.positional[1], JSON.stringify(out));
    console.log(`${out.clip}: ${frames.length} frames, face in ${out.frames.filter((f) => f.face).length}, `
      + `refined in ${out.frames.filter((f) => f.eyes).length}, `
      + `pose in ${out.frames.filter((f) => f.pose).length} -> ${args.positional[1]}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e.message);
  process.exit(1);
});
