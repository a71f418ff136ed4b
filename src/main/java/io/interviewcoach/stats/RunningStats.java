package io.interviewcoach.stats;

/** Count, mean and sample standard deviation in one pass (Welford), mergeable across windows; NaN and null are skipped. */
public final class RunningStats {
    private long n;
    private double mean;
    private double m2;

    public void add(double v) {
        if (Double.isNaN(v)) {
            return;
        }
        n++;
        double d = v - mean;
        mean += d / n;
        m2 += d * (v - mean);
    }

    public void add(Double v) {
        if (v != null) {
            add(v.doubleValue());
        }
    }

    public void merge(RunningStats o) {
        if (o.n == 0) {
            return;
        }
        long total = n + o.n;
        double d = o.mean - mean;
        mean += d * o.n / total;
        m2 += o.m2 + d * d * n * o.n / total;
        n = total;
    }

    public long count() {
        return n;
    }

    /** 0 when nothing was added. */
    public double mean() {
        return mean;
    }

    /** Sample standard deviation; 0 for fewer than two values. */
    public double sd() {
        return n > 1 ? Math.sqrt(m2 / (n - 1)) : 0;
    }
}
