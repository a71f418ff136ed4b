package io.interviewcoach.voice;

/** Count, mean and spread in one pass (Welford), mergeable across windows. */
final class RunningStats {
    long n;
    double mean;
    double m2;

    void add(double v) {
        if (Double.isNaN(v)) {
            return;
        }
        n++;
        double d = v - mean;
        mean += d / n;
        m2 += d * (v - mean);
    }

    void merge(RunningStats o) {
        if (o.n == 0) {
            return;
        }
        long total = n + o.n;
        double d = o.mean - mean;
        mean += d * o.n / total;
        m2 += o.m2 + d * d * n * o.n / total;
        n = total;
    }

    double mean() {
        return mean;
    }

    double sd() {
        return n > 1 ? Math.sqrt(m2 / (n - 1)) : 0;
    }
}
