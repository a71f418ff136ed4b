package io.interviewcoach.voice.features;

/**
 * Pitch values of a whole stream in fixed memory: counts in 0.1-semitone bins (re 100 Hz, 20-600 Hz).
 * Quantiles and the spread around the median come out with 0.1-semitone (0.6 %) resolution.
 */
public final class PitchHistogram {
    private static final double LOW_ST = -28;
    private static final double BIN = 0.1;
    private final long[] counts = new long[600];
    private long total;

    public void add(double semitones) {
        if (Double.isNaN(semitones)) {
            return;
        }
        int b = (int) Math.floor((semitones - LOW_ST) / BIN);
        counts[Math.max(0, Math.min(b, counts.length - 1))]++;
        total++;
    }

    public long count() {
        return total;
    }

    /** Semitones re 100 Hz at quantile q, NaN when empty. */
    public double quantileSt(double q) {
        if (total == 0) {
            return Double.NaN;
        }
        long target = Math.max(1, (long) Math.ceil(q * total));
        long seen = 0;
        for (int b = 0; b < counts.length; b++) {
            seen += counts[b];
            if (seen >= target) {
                return LOW_ST + (b + 0.5) * BIN;
            }
        }
        return LOW_ST + counts.length * BIN;
    }

    public double quantileHz(double q) {
        return toHz(quantileSt(q));
    }

    /**
     * Standard deviation in semitones around the median, ignoring values more than {@code trimSt} away from it
     * (octave errors of the tracker, not intonation).
     */
    public double spreadSt(double trimSt) {
        double median = quantileSt(0.5);
        double sum = 0;
        long n = 0;
        for (int b = 0; b < counts.length; b++) {
            if (counts[b] == 0) {
                continue;
            }
            double d = LOW_ST + (b + 0.5) * BIN - median;
            if (Math.abs(d) <= trimSt) {
                sum += counts[b] * d * d;
                n += counts[b];
            }
        }
        return n == 0 ? Double.NaN : Math.sqrt(sum / n);
    }

    public static double toHz(double semitones) {
        return 100 * Math.pow(2, semitones / 12);
    }
}
