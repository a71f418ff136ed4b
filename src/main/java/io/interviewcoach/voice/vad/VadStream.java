package io.interviewcoach.voice.vad;

import java.util.function.Consumer;

/**
 * The per-stream side of Silero VAD: the recurrent state, the 64-sample context and the samples left
 * over from the last call (chunks cross window borders), so a stream is scored exactly as if it were one
 * long buffer. A model failure on one chunk yields NaN for that chunk and resets the state; the stream goes on.
 */
public final class VadStream {
    private final SileroVad vad;
    private final float[] state = new float[SileroVad.STATE_SIZE];
    private final float[] input = new float[SileroVad.CONTEXT + SileroVad.CHUNK];
    private int filled;
    private long chunksDone;
    private int failures;
    private String lastFailure;

    VadStream(SileroVad vad) {
        this.vad = vad;
    }

    /** One scored chunk: [startSec, startSec + 0.032) and its speech probability (NaN if the model failed). */
    public record Chunk(long index, double startSec, float probability) {
        public double endSec() {
            return startSec + SileroVad.CHUNK / (double) SileroVad.SAMPLE_RATE;
        }
    }

    /** Feeds samples that follow the ones fed before; every completed chunk is scored and handed to {@code sink}. */
    public void accept(float[] samples, Consumer<Chunk> sink) {
        int i = 0;
        while (i < samples.length) {
            int take = Math.min(SileroVad.CHUNK - filled, samples.length - i);
            System.arraycopy(samples, i, input, SileroVad.CONTEXT + filled, take);
            filled += take;
            i += take;
            if (filled == SileroVad.CHUNK) {
                sink.accept(scoreChunk());
                filled = 0;
            }
        }
    }

    private Chunk scoreChunk() {
        float p;
        try {
            p = vad.score(sanitized(), state);
        } catch (RuntimeException e) {
            failures++;
            lastFailure = e.getMessage();
            java.util.Arrays.fill(state, 0f);
            p = Float.NaN;
        }
        double start = chunksDone * SileroVad.CHUNK / (double) SileroVad.SAMPLE_RATE;
        Chunk c = new Chunk(chunksDone++, start, p);
        System.arraycopy(input, SileroVad.CHUNK, input, 0, SileroVad.CONTEXT);
        return c;
    }

    private float[] sanitized() {
        for (int k = 0; k < input.length; k++) {
            float v = input[k];
            if (!Float.isFinite(v)) {
                input[k] = 0f;
            }
        }
        return input;
    }

    /** Forgets the recurrent state (the context samples stay: they are real audio). */
    public void resetState() {
        java.util.Arrays.fill(state, 0f);
    }

    public long chunksDone() {
        return chunksDone;
    }

    public int failures() {
        return failures;
    }

    public String lastFailure() {
        return lastFailure;
    }
}
