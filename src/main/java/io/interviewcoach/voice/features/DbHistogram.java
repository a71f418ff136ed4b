package io.interviewcoach.voice.features;

/** Counts of levels in 0.5 dB bins from −120 to +10 dB: quantiles over a whole stream in fixed memory. */
final class DbHistogram {
    private static final double LOW = -120;
    private static final double BIN = 0.5;
    private final long[] counts = new long[261];
    private long total;

    void add(double db) {
        int b = (int) Math.floor((Math.max(LOW, Math.min(db, 10)) - LOW) / BIN);
        counts[Math.min(b, counts.length - 1)]++;
        total++;
    }

    double quantile(double q) {
        if (total == 0) {
            return Double.NaN;
        }
        long target = (long) Math.ceil(q * total);
        long seen = 0;
        for (int b = 0; b < counts.length; b++) {
            seen += counts[b];
            if (seen >= target) {
                return LOW + (b + 0.5) * BIN;
            }
        }
        return 10;
    }
}
