/** One live practice session: the socket (docs/protocol.md), the media senders, and what the views listen to. */
import { createSession, type CreatedSession, type Question, type Report } from './api';
import { AudioChunker, FrameGrabber, stopDevices } from './capture';
import { mediaMessage, MEDIA_AUDIO, MEDIA_VIDEO, type Control, type Focus, type ServerMessage } from './protocol';

export type Connection = 'connecting' | 'live' | 'reconnecting' | 'ended';
/** Why the socket ended without a report: the server finalized the session (4410, e.g. after a restart), another
 * tab took it over (4000), or it could not be reached again within the grace period. (4503, a server shutting down
 * before the session started, is not an end: the socket connects again.) */
export type EndReason = 'finalized' | 'replaced' | 'lost';
export type Device = 'camera' | 'microphone';
type Listener = (m: ServerMessage) => void;

/** Audio kept while the socket is down (100 ms chunks): 60 s, so an answer survives a short network drop. Control
 * messages (next question, pause…) sent meanwhile wait in the same queue, in order, and are never dropped. */
const MAX_BUFFERED_AUDIO = 600;

export class LiveSession {
  readonly id: string;
  readonly token: string;
  windows = 0;
  fps: number;
  connection: Connection = 'connecting';
  report: Report | null = null;
  audioRms = 0;
  paused = false;
  endReason: EndReason | null = null;
  private socket: WebSocket | null = null;
  private readonly listeners = new Set<Listener>();
  private readonly connectionListeners = new Set<(c: Connection) => void>();
  private readonly deviceListeners = new Set<(lost: Device) => void>();
  private readonly pending: (ArrayBuffer | string)[] = [];
  private pendingAudio = 0;
  private grabber: FrameGrabber | null = null;
  private audio: AudioChunker | null = null;
  private videoSeq = 0;
  private audioSeq = 0;
  private t0: number | null = null;
  private started = false;
  private reconnectUntil = 0;

  private constructor(private readonly created: CreatedSession, private readonly focus: Focus[],
                      private stream: MediaStream) {
    this.id = created.id;
    this.token = created.token;
    this.fps = created.limits.fps;
    sessionStorage.setItem(`coach.session.${this.id}`, this.token);
    sessionStorage.setItem('coach.session', JSON.stringify({ id: this.id, token: this.token }));
  }

  static async open(questions: Question[], focus: Focus[], stream: MediaStream, video: HTMLVideoElement | null): Promise<LiveSession> {
    const created = await createSession(questions.map((q) => q.id));
    const s = new LiveSession(created, focus, stream);
    await s.connect();
    await s.startCapture(stream, video);
    return s;
  }

  /** Seconds since the first media message: the time axis of the report (0 before anything was sent). */
  get mediaTimeSec(): number {
    return this.t0 === null ? 0 : (performance.now() - this.t0) / 1000;
  }

  /** New devices for the same session (after one was unplugged): sequence numbers and media time go on. */
  async replaceDevices(stream: MediaStream, video: HTMLVideoElement | null): Promise<void> {
    this.stopCapture();
    this.stream = stream;
    await this.startCapture(stream, video);
  }

  private async startCapture(stream: MediaStream, video: HTMLVideoElement | null): Promise<void> {
    if (video && stream.getVideoTracks().length > 0) {
      this.grabber = new FrameGrabber(video, Math.min(640, this.created.limits.maxFrameSide), (jpeg) => {
        if (this.accepting()) this.sendMedia(MEDIA_VIDEO, this.videoSeq++, 0, jpeg);
      });
      this.grabber.start(this.fps);
    }
    const audio = await AudioChunker.start(stream, (pcm, rms) => {
      this.audioRms = rms;
      if (this.accepting()) this.sendMedia(MEDIA_AUDIO, this.audioSeq++, audio.sampleRate, pcm);
    });
    this.audio = audio;
    // a device unplugged (or its permission revoked) mid-answer ends its track: the page offers to reconnect
    stream.getTracks().forEach((t) => t.addEventListener('ended', () => {
      if (this.stream === stream && this.connection !== 'ended') {
        this.deviceListeners.forEach((l) => l(t.kind === 'video' ? 'camera' : 'microphone'));
      }
    }));
  }

  /** Media is sent only once started, and not while paused (the server pads the audio gap, protocol §3). */
  private accepting(): boolean {
    return this.started && !this.paused;
  }

  pause(): void {
    this.paused = true;
    this.send({ type: 'pause' });
  }

  resume(): void {
    this.paused = false;
    this.send({ type: 'resume' });
  }

  onDeviceLost(listener: (lost: Device) => void): () => void {
    this.deviceListeners.add(listener);
    return () => this.deviceListeners.delete(listener);
  }

  get hasVideo(): boolean {
    return this.grabber !== null;
  }

  on(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  onConnection(listener: (c: Connection) => void): () => void {
    this.connectionListeners.add(listener);
    return () => this.connectionListeners.delete(listener);
  }

  send(control: Control): void {
    const text = JSON.stringify(control);
    if (this.socket?.readyState === WebSocket.OPEN && this.pending.length === 0) this.socket.send(text);
    else if (this.started && this.connection !== 'ended') this.pending.push(text);
  }

  /** Ends the session: stops capture and asks for the report, which arrives as a `report` message. */
  end(): void {
    this.stopCapture();
    this.send({ type: 'end' });
  }

  close(): void {
    this.stopCapture();
    this.deviceListeners.clear();
    this.setConnection('ended');
    this.socket?.close(1000);
  }

  private stopCapture(): void {
    this.grabber?.stop();
    this.audio?.stop();
    this.grabber = null;
    this.audio = null;
    stopDevices(this.stream);
  }

  private sendMedia(kind: number, seq: number, sampleRate: number, payload: ArrayBuffer): void {
    const now = performance.now();
    if (this.t0 === null) this.t0 = now;
    const message = mediaMessage(kind, seq, now - this.t0, sampleRate, payload);
    if (this.socket?.readyState === WebSocket.OPEN && this.pending.length === 0) {
      this.socket.send(message);
    } else if (kind === MEDIA_AUDIO) {
      // video missed while offline is simply not analysed; audio is kept so no word of the answer is lost
      this.pending.push(message);
      if (++this.pendingAudio > MAX_BUFFERED_AUDIO) {
        this.pending.splice(this.pending.findIndex((m) => typeof m !== 'string'), 1);
        this.pendingAudio--;
      }
    }
  }

  private connect(): Promise<void> {
    const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
    const url = `${scheme}://${location.host}${this.created.socketUrl}?token=${encodeURIComponent(this.token)}`;
    return new Promise((resolve, reject) => {
      const socket = new WebSocket(url);
      socket.binaryType = 'arraybuffer';
      this.socket = socket;
      let opened = false;
      socket.onmessage = (e) => {
        if (typeof e.data !== 'string') return;
        const m = JSON.parse(e.data) as ServerMessage;
        if (m.type === 'ready') {
          opened = true;
          this.setConnection('live');
          if (!this.started) {
            this.started = true;
            this.send({ type: 'start', focus: this.focus });
          }
          this.pending.splice(0).forEach((b) => socket.send(b));
          this.pendingAudio = 0;
          resolve();
        }
        this.handle(m);
      };
      socket.onclose = (e) => {
        if (e.code === 4503 && this.socket === socket && this.connection !== 'ended' && this.report === null) {
          // 4503: that server is shutting down and left the session, not started there, to another one; connect
          // again (the proxy sends it to a live server) and send start there
          this.started = false;
          window.setTimeout(() => this.connect().then(resolve, reject), 1000);
          return;
        }
        if (!opened) reject(new Error('The live connection to the server could not be opened.'));
        if (this.socket !== socket || this.connection === 'ended' || this.report !== null) return;
        if (e.code === 4410 || e.code === 4000) {
          // 4410: the server finalized the session (it restarted); its report is at GET /api/sessions/{id}/report
          this.endWithout(e.code === 4410 ? 'finalized' : 'replaced');
        } else if (this.started) {
          this.reconnect();
        }
      };
    });
  }

  /** Reconnects within the server's grace period (protocol §2); audio captured meanwhile is sent on `ready`. */
  private reconnect(): void {
    if (this.connection !== 'reconnecting') {
      this.reconnectUntil = Date.now() + this.created.limits.graceSec * 1000;
      this.setConnection('reconnecting');
    }
    if (Date.now() > this.reconnectUntil) {
      this.endWithout('lost');
      return;
    }
    window.setTimeout(() => this.connect().catch(() => undefined), 2000);
  }

  private endWithout(reason: EndReason): void {
    this.endReason = reason;
    this.stopCapture();
    this.setConnection('ended');
  }

  private handle(m: ServerMessage): void {
    if (m.type === 'window') this.windows++;
    if (m.type === 'status' && m.fps !== this.fps) {
      this.fps = m.fps;
      this.grabber?.start(m.fps);
    }
    if (m.type === 'report') {
      this.report = m.report;
      this.setConnection('ended');
      this.socket?.close(1000);
    }
    this.listeners.forEach((l) => l(m));
  }

  private setConnection(c: Connection): void {
    this.connection = c;
    this.connectionListeners.forEach((l) => l(c));
  }
}
