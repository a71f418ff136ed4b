/** Camera and microphone: getUserMedia, JPEG frames at the rate the server asks, PCM16 audio via an AudioWorklet. */
import workletUrl from './pcm-worklet.js?url';

export class DeviceError extends Error {
  constructor(readonly kind: 'denied' | 'missing' | 'busy' | 'unsupported', message: string) {
    super(message);
  }
}

export async function openDevices(camera: boolean): Promise<MediaStream> {
  if (!navigator.mediaDevices?.getUserMedia || typeof AudioWorkletNode === 'undefined') {
    throw new DeviceError('unsupported', 'This browser cannot capture a camera and microphone here. Use a current Chrome, Edge or Firefox, on http://localhost or https.');
  }
  try {
    return await navigator.mediaDevices.getUserMedia({
      audio: { channelCount: 1, echoCancellation: true, noiseSuppression: true },
      video: camera ? { width: { ideal: 640 }, height: { ideal: 480 } } : false,
    });
  } catch (e) {
    const name = (e as DOMException).name;
    if (name === 'NotAllowedError' || name === 'SecurityError') {
      throw new DeviceError('denied', camera
        ? 'The browser was not allowed to use your camera and microphone. Allow them for this site (the camera icon in the address bar), then try again.'
        : 'The browser was not allowed to use your microphone. Allow it for this site (the icon in the address bar), then try again.');
    }
    if (name === 'NotFoundError' || name === 'OverconstrainedError') {
      throw new DeviceError('missing', camera
        ? 'No camera or microphone was found. Plug one in and try again, or practise without the camera.'
        : 'No microphone was found. Plug one in and try again.');
    }
    if (name === 'NotReadableError') {
      throw new DeviceError('busy', 'Your camera or microphone is in use by another application. Close it and try again.');
    }
    throw new DeviceError('unsupported', `The camera and microphone could not be opened (${name}).`);
  }
}

export function stopDevices(stream: MediaStream | null): void {
  stream?.getTracks().forEach((t) => t.stop());
}

/** Grabs frames from a playing video element as JPEG at `fps`, longest side at most `maxSide`. */
export class FrameGrabber {
  private timer: number | undefined;
  private busy = false;
  private readonly canvas = document.createElement('canvas');

  constructor(private readonly video: HTMLVideoElement, private readonly maxSide: number,
              private readonly onFrame: (jpeg: ArrayBuffer) => void) {}

  start(fps: number): void {
    this.stop();
    this.timer = window.setInterval(() => void this.grab(), 1000 / fps);
  }

  stop(): void {
    if (this.timer !== undefined) window.clearInterval(this.timer);
    this.timer = undefined;
  }

  private async grab(): Promise<void> {
    const { videoWidth: w, videoHeight: h } = this.video;
    if (this.busy || w === 0 || h === 0) return; // an encode still running: this frame is skipped, not queued
    this.busy = true;
    try {
      const scale = Math.min(1, this.maxSide / Math.max(w, h));
      this.canvas.width = Math.round(w * scale);
      this.canvas.height = Math.round(h * scale);
      this.canvas.getContext('2d')!.drawImage(this.video, 0, 0, this.canvas.width, this.canvas.height);
      const blob = await new Promise<Blob | null>((r) => this.canvas.toBlob(r, 'image/jpeg', 0.8));
      if (blob && this.timer !== undefined) this.onFrame(await blob.arrayBuffer());
    } finally {
      this.busy = false;
    }
  }
}

/** The microphone as 100 ms PCM16 chunks at 16 kHz (or 48 kHz where the browser cannot run a 16 kHz context). */
export class AudioChunker {
  private constructor(private readonly ctx: AudioContext, private readonly node: AudioWorkletNode,
                      private readonly source: MediaStreamAudioSourceNode) {}

  get sampleRate(): number {
    return this.ctx.sampleRate;
  }

  static async start(stream: MediaStream, onChunk: (pcm: ArrayBuffer, rms: number) => void): Promise<AudioChunker> {
    let ctx: AudioContext;
    try {
      ctx = new AudioContext({ sampleRate: 16000 });
    } catch {
      ctx = new AudioContext({ sampleRate: 48000 });
    }
    await ctx.audioWorklet.addModule(workletUrl);
    const source = ctx.createMediaStreamSource(stream);
    const node = new AudioWorkletNode(ctx, 'pcm-chunker', { numberOfInputs: 1, numberOfOutputs: 0, channelCount: 1 });
    node.port.onmessage = (e: MessageEvent<{ pcm: ArrayBuffer; rms: number }>) => onChunk(e.data.pcm, e.data.rms);
    source.connect(node);
    if (ctx.state === 'suspended') await ctx.resume();
    return new AudioChunker(ctx, node, source);
  }

  stop(): void {
    this.source.disconnect();
    this.node.port.onmessage = null;
    void this.ctx.close();
  }
}
