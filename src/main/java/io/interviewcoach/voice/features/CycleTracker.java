package io.interviewcoach.voice.features;

import io.interviewcoach.voice.dsp.SampleBuffer;

/**
 * Marks glottal cycles in voiced stretches by peak picking guided by the frame's YIN period: each next peak
 * is searched within ±25 % of one period after the last one. Consecutive cycles give period and peak
 * amplitude differences for jitter and shimmer (Praat's "local" definitions). Pairs whose periods differ by
 * more than a factor 1.3 are skipped, as Praat does, so octave slips do not count as jitter.
 */
final class CycleTracker {
    private static final double MAX_PERIOD_RATIO = 1.3;

    private double lastPeak = Double.NaN;
    private double lastPeriod = Double.NaN;
    private double lastAmplitude = Double.NaN;

    int pairs;
    double periodAbsDiffSum;
    double periodSum;
    double amplitudeAbsDiffSum;
    double amplitudeSum;

    void reset() {
        lastPeak = Double.NaN;
        lastPeriod = Double.NaN;
        lastAmplitude = Double.NaN;
    }

    /** Oldest absolute sample index this tracker may still read. */
    long oldestNeeded(long fallback) {
        return Double.isNaN(lastPeak) ? fallback : Math.min(fallback, (long) lastPeak - 4);
    }

    /** Tracks cycles that end in [from, to) given the local period (16 kHz samples); sums are reset first. */
    void track(SampleBuffer x, long from, long to, double period) {
        pairs = 0;
        periodAbsDiffSum = 0;
        periodSum = 0;
        amplitudeAbsDiffSum = 0;
        amplitudeSum = 0;
        if (Double.isNaN(lastPeak) || lastPeak < from - 2 * period) {
            lastPeak = peak(x, from, from + (long) Math.ceil(period));
            lastPeriod = Double.NaN;
            lastAmplitude = Double.NaN;
        }
        while (lastPeak + period < to) {
            long lo = (long) Math.floor(lastPeak + 0.75 * period);
            long hi = (long) Math.ceil(lastPeak + 1.25 * period);
            double next = peak(x, lo, hi);
            double t = next - lastPeak;
            double amp = x.get(Math.round(next));
            if (!Double.isNaN(lastPeriod) && t > 0 && amp > 0
                    && Math.max(t, lastPeriod) / Math.min(t, lastPeriod) <= MAX_PERIOD_RATIO) {
                pairs++;
                periodAbsDiffSum += Math.abs(t - lastPeriod);
                periodSum += t;
                amplitudeAbsDiffSum += Math.abs(amp - lastAmplitude);
                amplitudeSum += amp;
            }
            lastPeriod = t;
            lastAmplitude = amp;
            lastPeak = next;
        }
    }

    /** Position of the largest sample in [lo, hi), refined by a parabola through its neighbours. */
    private static double peak(SampleBuffer x, long lo, long hi) {
        long best = lo;
        float bv = x.get(lo);
        for (long i = lo + 1; i < hi; i++) {
            float v = x.get(i);
            if (v > bv) {
                bv = v;
                best = i;
            }
        }
        double l = x.get(best - 1);
        double r = x.get(best + 1);
        double den = l - 2 * bv + r;
        return den < 0 ? best + 0.5 * (l - r) / den : best;
    }
}
