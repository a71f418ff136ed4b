package io.interviewcoach.voice;

/**
 * Tracks how loud a stream's audio got: the RMS level of its loudest window. Kept apart from the voice features
 * because it must see every sample, speech or not (non-finite samples are skipped).
 */
final class SignalMeter {
    private double loudestDb = Double.NEGATIVE_INFINITY;
    private long samples;

    void accept(float[] window) {
        double sumSquares = 0;
        int n = 0;
        for (float v : window) {
            if (Float.isFinite(v)) {
                sumSquares += v * v;
                n++;
            }
        }
        if (n > 0) {
            samples += n;
            loudestDb = Math.max(loudestDb, 10 * Math.log10(sumSquares / n));
        }
    }

    /** Null when no sample arrived. */
    SignalLevel level(double noiseFloorDb) {
        return samples == 0 ? null : new SignalLevel(loudestDb, noiseFloorDb);
    }
}
