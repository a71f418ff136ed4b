// Runs on the audio thread: collects the microphone's samples into 100 ms chunks of PCM16 little-endian mono
// and posts each with its RMS level (for the meter). The context runs at the protocol's rate, so no resampling.
class PcmChunker extends AudioWorkletProcessor {
  constructor() {
    super();
    this.size = Math.round(sampleRate / 10);
    this.buf = new Int16Array(this.size);
    this.fill = 0;
    this.sumSq = 0;
  }

  process(inputs) {
    const channel = inputs[0] && inputs[0][0];
    if (!channel) return true;
    for (let i = 0; i < channel.length; i++) {
      const s = Math.max(-1, Math.min(1, channel[i]));
      this.sumSq += s * s;
      this.buf[this.fill++] = s < 0 ? s * 0x8000 : s * 0x7fff;
      if (this.fill === this.size) {
        const pcm = this.buf.buffer.slice(0);
        this.port.postMessage({ pcm, rms: Math.sqrt(this.sumSq / this.size) }, [pcm]);
        this.fill = 0;
        this.sumSq = 0;
      }
    }
    return true;
  }
}
registerProcessor('pcm-chunker', PcmChunker);
