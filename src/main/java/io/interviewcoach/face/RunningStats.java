package io.interviewcoach.face;

/** Running mean and standard deviation (Welford). */
final class RunningStats {
    private int n;
    private double mean;
    private double m2;

    void add(Double v) {
        if (v == null) {
            return;
        }
        n++;
        double d = v - mean;
        mean += d / n;
        m2 += d * (v - mean);
    }

    double mean() {
        return mean;
    }

    double std() {
        return n < 2 ? 0 : Math.sqrt(m2 / (n - 1));
    }
}
