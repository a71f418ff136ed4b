package io.interviewcoach.media;

/** Mono audio at {@link #SAMPLE_RATE} Hz, samples in [-1, 1], starting at {@code startSec} of the media. */
public record AudioChunk(double startSec, float[] samples) {
    public static final int SAMPLE_RATE = 16_000;

    public double durationSec() {
        return samples.length / (double) SAMPLE_RATE;
    }

    public double endSec() {
        return startSec + durationSec();
    }
}
