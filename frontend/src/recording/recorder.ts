/**
 * Records each answer with MediaRecorder from the same camera and microphone stream the session sends, and keeps
 * it in IndexedDB (store.ts). A recording that cannot start (no MediaRecorder, no supported format) is skipped:
 * the report then says a moment has no local recording.
 */
import { saveRecording } from './store';

const TYPES = ['video/webm;codecs=vp8,opus', 'video/webm', 'audio/webm;codecs=opus', 'audio/webm'];

let saving: Promise<unknown> = Promise.resolve();

/** Resolves once every answer stopped so far is stored (the report page waits for it). */
export function recordingsSaved(): Promise<unknown> {
  return saving;
}

interface Recording {
  recorder: MediaRecorder;
  chunks: Blob[];
  index: number;
  startSec: number;
  startedAt: number;
}

export class AnswerRecorder {
  private current: Recording | null = null;

  constructor(private readonly sessionId: string, private readonly stream: MediaStream) {}

  /** Stops the answer being recorded (if any) and starts recording answer `index`, which begins at `startSec`. */
  next(index: number, startSec: number): void {
    this.stop();
    if (typeof MediaRecorder === 'undefined') return;
    const video = this.stream.getVideoTracks().length > 0;
    const mimeType = TYPES.filter((t) => video || t.startsWith('audio')).find((t) => MediaRecorder.isTypeSupported(t));
    if (!mimeType) return;
    const chunks: Blob[] = [];
    try {
      const recorder = new MediaRecorder(this.stream, { mimeType, videoBitsPerSecond: 800_000, audioBitsPerSecond: 64_000 });
      recorder.ondataavailable = (e) => { if (e.data.size > 0) chunks.push(e.data); };
      recorder.start(1000);
      this.current = { recorder, chunks, index, startSec, startedAt: performance.now() };
    } catch {
      // no recording for this answer; the report says so at its moments
    }
  }

  /** Stops recording; the answer is stored in the background (see recordingsSaved). */
  stop(): void {
    const c = this.current;
    this.current = null;
    if (!c || c.recorder.state === 'inactive') return;
    const stopped = new Promise<void>((resolve) => { c.recorder.onstop = () => resolve(); });
    c.recorder.stop();
    const durationSec = (performance.now() - c.startedAt) / 1000;
    const type = c.recorder.mimeType;
    saving = Promise.all([saving, stopped.then(() => saveRecording({
      sessionId: this.sessionId, index: c.index, startSec: c.startSec, durationSec, mimeType: type,
      blob: new Blob(c.chunks, { type }),
    }))]).catch(() => undefined);
  }
}
