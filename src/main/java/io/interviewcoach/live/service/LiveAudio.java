package io.interviewcoach.live.service;

import io.interviewcoach.live.protocol.ErrorCode;
import io.interviewcoach.live.protocol.ProtocolException;
import io.interviewcoach.media.AudioChunk;
import io.interviewcoach.voice.dsp.Decimator;
import io.interviewcoach.voice.dsp.SampleBuffer;

/**
 * A session's audio as it arrives: PCM16 little-endian mono at 16 or 48 kHz, turned into 16 kHz floats. 48 kHz is
 * low-passed and decimated by three ({@link Decimator}). The rate is fixed by the first chunk.
 */
final class LiveAudio {
    private static final float PCM_SCALE = 1f / 32768f;

    private int sampleRate;
    private SampleBuffer wide;
    private SampleBuffer narrow;
    private Decimator decimator;

    /** The 16 kHz samples this chunk completes (possibly none yet, while the filter fills). */
    float[] accept(byte[] pcm16, int rate) {
        if (rate != 16_000 && rate != 48_000) {
            throw new ProtocolException(ErrorCode.unsupportedRate, "audioSampleRates",
                    "audio at " + rate + " Hz is not supported; send 16000 or 48000 Hz");
        }
        if (sampleRate == 0) {
            sampleRate = rate;
            if (rate == 48_000) {
                wide = new SampleBuffer(rate);
                narrow = new SampleBuffer(AudioChunk.SAMPLE_RATE);
                decimator = new Decimator(wide, narrow, 3);
            }
        } else if (rate != sampleRate) {
            throw new ProtocolException(ErrorCode.unsupportedRate, "audioSampleRates",
                    "the session's audio is at " + sampleRate + " Hz; a chunk at " + rate + " Hz was dropped");
        }
        float[] samples = toFloats(pcm16);
        if (decimator == null) {
            return samples;
        }
        long from = narrow.end();
        wide.append(samples, 0, samples.length);
        decimator.advance();
        float[] out = new float[(int) (narrow.end() - from)];
        System.arraycopy(narrow.array(), narrow.offsetOf(from), out, 0, out.length);
        wide.discardBefore(decimator.oldestInputNeeded());
        narrow.discardBefore(narrow.end());
        return out;
    }

    /** Samples of silence at 16 kHz standing in for {@code inputSamples} lost samples at the session's rate. */
    float[] silenceFor(int inputSamples) {
        if (decimator == null) {
            return new float[inputSamples];
        }
        return accept(new byte[inputSamples * 2], sampleRate);
    }

    int sampleRate() {
        return sampleRate;
    }

    static float[] toFloats(byte[] pcm16) {
        float[] out = new float[pcm16.length / 2];
        for (int i = 0; i < out.length; i++) {
            int lo = pcm16[2 * i] & 0xFF;
            int hi = pcm16[2 * i + 1];
            out[i] = (short) ((hi << 8) | lo) * PCM_SCALE;
        }
        return out;
    }
}
