/**
 * Local playback: the candidate's own recording (IndexedDB, src/recording) in a <video>, and the moment buttons
 * of the report that seek it. A moment outside every recorded answer (the device check) or a browser without the
 * recording gets a button that says so.
 */
import { h } from '../dom';
import { recordingsSaved } from '../recording/recorder';
import { deleteRecordings, recordingsOf, type AnswerRecording } from '../recording/store';
import { clock, type TimeRange } from './types';

export class LocalPlayback {
  readonly video = h('video', { id: 'playback', controls: true, playsinline: true, preload: 'metadata', hidden: true });
  private readonly status = h('p', { class: 'hint', id: 'playback-status', 'aria-live': 'polite' }, 'Looking for your recording…');
  private readonly remove = h('button', { type: 'button', id: 'delete-recording', hidden: true }, 'Delete local recording');
  private recordings: AnswerRecording[] = [];
  private shown: { index: number; url: string } | null = null;
  private readonly buttons: { button: HTMLButtonElement; range: TimeRange; label: string }[] = [];

  constructor(private readonly sessionId: string) {
    this.remove.addEventListener('click', () => this.deleteAll());
  }

  section(): HTMLElement {
    return h('section', { class: 'playback', 'aria-labelledby': 'playback-heading' },
      h('h2', { id: 'playback-heading' }, 'Your recording'),
      h('p', { class: 'hint' }, 'Your recording stays in this browser: it is never uploaded. The server keeps only the measurements.'),
      this.video, this.status, h('div', { class: 'actions no-print' }, this.remove));
  }

  async load(): Promise<void> {
    await recordingsSaved();
    this.recordings = await recordingsOf(this.sessionId);
    this.video.dataset.recordings = JSON.stringify(this.recordings.map((r) => ({ index: r.index, startSec: r.startSec, durationSec: r.durationSec })));
    if (this.recordings.length === 0) {
      this.status.textContent = 'No recording of this session in this browser.';
    } else {
      this.status.textContent = `${this.recordings.length} answer${this.recordings.length > 1 ? 's' : ''} recorded. Choose a moment of a tip to play it.`;
      this.video.hidden = false;
      this.remove.hidden = false;
      this.show(this.recordings[0]);
    }
    this.buttons.forEach((b) => this.label(b));
  }

  /** A button that plays the moment from the local recording, or says why it cannot. */
  momentButton(range: TimeRange): HTMLButtonElement {
    const label = range.end - range.start >= 1 ? `${clock(range.start)}–${clock(range.end)}` : clock(range.start);
    const button = h('button', { type: 'button', class: 'moment', 'data-start': range.start, 'data-end': range.end }, label);
    const entry = { button, range, label };
    button.addEventListener('click', () => this.play(entry));
    this.buttons.push(entry);
    this.label(entry);
    return button;
  }

  private covering(range: TimeRange): AnswerRecording | undefined {
    return this.recordings.find((r) => range.start < r.startSec + r.durationSec && range.end > r.startSec);
  }

  private label(entry: { button: HTMLButtonElement; range: TimeRange; label: string }): void {
    const ok = this.covering(entry.range) !== undefined;
    entry.button.textContent = ok ? `▶ ${entry.label}` : `${entry.label} (not recorded here)`;
    entry.button.setAttribute('aria-label', ok ? `Play from ${entry.label}` : `${entry.label}: no local recording of this moment`);
    entry.button.classList.toggle('unavailable', !ok);
  }

  private play(entry: { range: TimeRange; label: string }): void {
    const r = this.covering(entry.range);
    if (!r) {
      this.status.textContent = this.recordings.length === 0
        ? 'There is no recording of this session in this browser, so this moment cannot be played.'
        : `${entry.label} is outside your recorded answers (for example during the device check).`;
      return;
    }
    const offset = Math.max(0, entry.range.start - r.startSec);
    this.show(r);
    this.video.dataset.recordingStart = String(r.startSec);
    const seek = () => {
      this.video.currentTime = offset;
      this.video.play().catch(() => undefined);
    };
    if (this.video.readyState >= HTMLMediaElement.HAVE_METADATA) seek();
    else this.video.addEventListener('loadedmetadata', seek, { once: true });
    this.status.textContent = `Playing answer ${r.index + 1} from ${entry.label}.`;
    this.video.scrollIntoView({ block: 'nearest' });
  }

  private show(r: AnswerRecording): void {
    if (this.shown?.index === r.index) return;
    if (this.shown) URL.revokeObjectURL(this.shown.url);
    const url = URL.createObjectURL(r.blob);
    this.shown = { index: r.index, url };
    this.video.src = url;
    this.video.dataset.recordingStart = String(r.startSec);
    this.video.setAttribute('aria-label', `Your recording of answer ${r.index + 1}`);
  }

  private async deleteAll(): Promise<void> {
    await deleteRecordings(this.sessionId).catch(() => undefined);
    if (this.shown) URL.revokeObjectURL(this.shown.url);
    this.shown = null;
    this.recordings = [];
    this.video.dataset.recordings = '[]';
    this.video.removeAttribute('src');
    this.video.load();
    this.video.hidden = true;
    this.remove.hidden = true;
    this.status.textContent = 'Your recording of this session was deleted from this browser.';
    this.buttons.forEach((b) => this.label(b));
  }
}
