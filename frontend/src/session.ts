/** One live practice session: the socket (docs/protocol.md), the media senders, and what the views listen to. */
import { createSession, type CreatedSession, type Question, type Report } from './api';
import { AudioChunker, FrameGrabber, stopDevices } from './capture';
import { mediaMessage, MEDIA_AUDIO, MEDIA_VIDEO, type Control, type Focus, type ServerMessage } from './protocol';

export type Connection = 'connecting' | 'live' | 'reconnecting' | 'ended';
type Listener = (m: ServerMessage) => void;

/** Audio kept while the socket is down (100 ms chunks): 60 s, so an answer survives a short network drop. */
const MAX_BUFFERED_AUDIO = 600;

export class LiveSession {
  readonly id: string;
  readonly token: string;
  windows = 0;
  fps: number;
  connection: Connection = 'connecting';
  report: Report | null = null;
  audioRms = 0;
  private socket: WebSocket | null = null;
  private readonly listeners = new Set<Listener>();
  private readonly connectionListeners = new Set<(c: Connection) => void>();
  private readonly pending: ArrayBuffer[] = [];
  private grabber: FrameGrabber | null = null;
  private audio: AudioChunker | null = null;
  private videoSeq = 0;
  private audioSeq = 0;
  private t0: number | null = null;
  private started = false;
  private reconnectUntil = 0;

  private constructor(private readonly created: CreatedSession, private readonly focus: Focus[],
                      private readonly stream: MediaStream) {
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
    if (video && stream.getVideoTracks().length > 0) {
      s.grabber = new FrameGrabber(video, Math.min(640, created.limits.maxFrameSide), (jpeg) =>
        s.sendMedia(MEDIA_VIDEO, s.videoSeq++, 0, jpeg));
      s.grabber.start(s.fps);
    }
    s.audio = await AudioChunker.start(stream, (pcm, rms) => {
      s.audioRms = rms;
      s.sendMedia(MEDIA_AUDIO, s.audioSeq++, s.audio?.sampleRate ?? 16000, pcm);
    });
    return s;
  }

  /** Seconds since the first media message: the time axis of the report (0 before anything was sent). */
  get mediaTimeSec(): number {
    return this.t0 === null ? 0 : (performance.now() - this.t0) / 1000;
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
    if (this.socket?.readyState === WebSocket.OPEN) this.socket.send(JSON.stringify(control));
  }

  /** Ends the session: stops capture and asks for the report, which arrives as a `report` message. */
  end(): void {
    this.stopCapture();
    this.send({ type: 'end' });
  }

  close(): void {
    this.stopCapture();
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
    if (!this.started) return;
    const now = performance.now();
    if (this.t0 === null) this.t0 = now;
    const message = mediaMessage(kind, seq, now - this.t0, sampleRate, payload);
    if (this.socket?.readyState === WebSocket.OPEN && this.pending.length === 0) {
      this.socket.send(message);
    } else if (kind === MEDIA_AUDIO) {
      // video missed while offline is simply not analysed; audio is kept so no word of the answer is lost
      this.pending.push(message);
      if (this.pending.length > MAX_BUFFERED_AUDIO) this.pending.shift();
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
          resolve();
        }
        this.handle(m);
      };
      socket.onclose = () => {
        if (!opened) reject(new Error('The live connection to the server could not be opened.'));
        if (this.started && this.connection !== 'ended' && this.report === null) this.reconnect();
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
      this.stopCapture();
      this.setConnection('ended');
      return;
    }
    window.setTimeout(() => this.connect().catch(() => undefined), 2000);
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
