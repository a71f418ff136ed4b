package io.interviewcoach.live.service;

/**
 * The measured cost of one live session: analyzer time per second of media (an exponential moving average over
 * every session's windows), and from it the number of sessions the machine's cores can hold.
 */
public final class CostEstimate {
    private static final double SMOOTHING = 0.1;
    private final int cores;
    private double perSecond = Double.NaN;

    public CostEstimate(int cores) {
        this.cores = cores;
    }

    synchronized void add(double analyzerSecondsPerMediaSecond) {
        perSecond = Double.isNaN(perSecond) ? analyzerSecondsPerMediaSecond
                : perSecond + SMOOTHING * (analyzerSecondsPerMediaSecond - perSecond);
    }

    /** Analyzer seconds per media second, NaN before the first window. */
    public synchronized double perSecond() {
        return perSecond;
    }

    public int cores() {
        return cores;
    }

    /** Sessions that fit in {@code share} of the cores; {@code fallback} before anything was measured. */
    public synchronized int sessions(double share, int fallback) {
        if (Double.isNaN(perSecond) || perSecond <= 0) {
            return fallback;
        }
        return Math.max(1, (int) Math.floor(cores * share / perSecond));
    }
}
