package io.interviewcoach.voice.features;

import io.interviewcoach.voice.dsp.SampleBuffer;

/**
 * Marks glottal cycles in voiced stretches the way Praat's periodic cross-correlation point process does: the
 * first pulse sits on the waveform's largest absolute value, and each next one where a one-period stretch around the last pulse
 * correlates best with the stretch one lag later (lags 0.8-1.2 of the frame's YIN period, refined by a parabola).
 * Periods measured by correlation are far less noisy than peak-to-peak distances, which read jitter up to twice
 * Praat's. Consecutive cycles give period and amplitude differences for jitter and shimmer (Praat's "local"
 * definitions; a cycle's amplitude is the Hann-windowed RMS within 0.2 periods of its pulse, as in Praat). Pairs whose periods differ by more than a factor 1.3 (Praat's maximum period factor) or whose
 * amplitudes differ by more than a factor 1.6 (its maximum amplitude factor) are skipped, so octave slips and
 * onsets do not count as jitter or shimmer. So are pairs with a cycle whose stretch correlates with the next below
 * {@link #MIN_CYCLE_CORRELATION}: such a stretch is not periodic, and Praat's path leaves it unvoiced (its voicing
 * threshold is 0.45 on a similar correlation). They were single pairs with 8-25 % period jumps at the transitions
 * between phonemes, which read jitter 1.6x Praat's on a 210 Hz voice (docs/validation.md).
 */
final class CycleTracker {
    private static final double MAX_PERIOD_RATIO = 1.3;
    private static final double MAX_AMPLITUDE_RATIO = 1.6;
    private static final double MIN_LAG = 0.8;
    private static final double MAX_LAG = 1.2;
    static final double MIN_CYCLE_CORRELATION = 0.4;

    private double lastPulse = Double.NaN;
    private double lastPeriod = Double.NaN;
    private double lastAmplitude = Double.NaN;
    private double lastCorrelation = Double.NaN;
    /** The peak correlation {@link #bestLag} found, for the cycle it just measured. */
    private double correlation;

    int pairs;
    double periodAbsDiffSum;
    double periodSum;
    double amplitudeAbsDiffSum;
    double amplitudeSum;

    void reset() {
        lastPulse = Double.NaN;
        lastPeriod = Double.NaN;
        lastAmplitude = Double.NaN;
        lastCorrelation = Double.NaN;
    }

    /** Oldest absolute sample index this tracker may still read. */
    long oldestNeeded(long fallback) {
        return Double.isNaN(lastPulse) ? fallback : Math.min(fallback, (long) lastPulse - 300);
    }

    /** Tracks cycles that end in [from, to) given the local period (16 kHz samples); sums are reset first. */
    void track(SampleBuffer x, long from, long to, double period) {
        pairs = 0;
        periodAbsDiffSum = 0;
        periodSum = 0;
        amplitudeAbsDiffSum = 0;
        amplitudeSum = 0;
        if (Double.isNaN(lastPulse) || lastPulse < from - 2 * period) {
            lastPulse = peakPosition(x, from, from + (long) Math.ceil(period));
            lastPeriod = Double.NaN;
            lastAmplitude = Double.NaN;
            lastCorrelation = Double.NaN;
        }
        while (lastPulse + period < to) {
            double t = bestLag(x, Math.round(lastPulse), period);
            double next = lastPulse + t;
            double amp = hannRms(x, next, 0.2 * t);
            double r = correlation;
            if (!Double.isNaN(lastPeriod) && amp > 0 && lastAmplitude > 0
                    && r >= MIN_CYCLE_CORRELATION && lastCorrelation >= MIN_CYCLE_CORRELATION
                    && Math.max(t, lastPeriod) / Math.min(t, lastPeriod) <= MAX_PERIOD_RATIO
                    && Math.max(amp, lastAmplitude) / Math.min(amp, lastAmplitude) <= MAX_AMPLITUDE_RATIO) {
                pairs++;
                periodAbsDiffSum += Math.abs(t - lastPeriod);
                periodSum += t;
                amplitudeAbsDiffSum += Math.abs(amp - lastAmplitude);
                amplitudeSum += amp;
            }
            lastPeriod = t;
            lastAmplitude = amp;
            lastCorrelation = r;
            lastPulse = next;
        }
    }

    /** Lag (fractional samples) at which the period-long stretch around {@code pulse} repeats best. */
    private double bestLag(SampleBuffer x, long pulse, double period) {
        int half = (int) Math.round(period / 2);
        int lo = (int) Math.floor(MIN_LAG * period);
        int hi = (int) Math.ceil(MAX_LAG * period);
        float[] a = x.array();
        int ref = x.offsetOf(pulse - half);
        int n = 2 * half;
        double refEnergy = 0;
        for (int i = 0; i < n; i++) {
            refEnergy += a[ref + i] * a[ref + i];
        }
        double best = -2;
        int bestLag = (int) Math.round(period);
        double left = 0;
        double right = 0;
        double previous = Double.NaN;
        boolean takeNext = false;
        for (int lag = lo - 1; lag <= hi + 1; lag++) {
            int o = x.offsetOf(pulse - half + lag);
            double xy = 0;
            double yy = 0;
            for (int i = 0; i < n; i++) {
                double v = a[o + i];
                xy += a[ref + i] * v;
                yy += v * v;
            }
            double r = refEnergy > 0 && yy > 0 ? xy / Math.sqrt(refEnergy * yy) : 0;
            if (takeNext) {
                right = r;
                takeNext = false;
            }
            if (lag >= lo && lag <= hi && r > best) {
                best = r;
                bestLag = lag;
                left = previous;
                takeNext = true;
            }
            previous = r;
        }
        correlation = best;
        double den = left - 2 * best + right;
        if (den < 0) {
            double shift = 0.5 * (left - right) / den;
            if (Math.abs(shift) <= 1) {
                return bestLag + shift;
            }
        }
        return bestLag;
    }

    /** Position of the largest absolute sample in [lo, hi), refined by a parabola through its neighbours. */
    private static double peakPosition(SampleBuffer x, long lo, long hi) {
        long best = argMaxAbs(x, lo, hi);
        double l = x.get(best - 1);
        double c = x.get(best);
        double r = x.get(best + 1);
        double den = l - 2 * c + r;
        return den < 0 ? best + 0.5 * (l - r) / den : best;
    }

    /**
     * Amplitude of the cycle at {@code pulse}: RMS of the signal under a Hann window reaching {@code halfWidth}
     * samples either side (Praat's period amplitude: 0.2 of the adjacent periods).
     */
    private static double hannRms(SampleBuffer x, double pulse, double halfWidth) {
        long lo = (long) Math.ceil(pulse - halfWidth);
        long hi = (long) Math.floor(pulse + halfWidth);
        double sum = 0;
        double weights = 0;
        for (long i = lo; i <= hi; i++) {
            double w = 0.5 + 0.5 * Math.cos(Math.PI * (i - pulse) / halfWidth);
            double v = x.get(i) * w;
            sum += v * v;
            weights += w * w;
        }
        return weights > 0 ? Math.sqrt(sum / weights) : 0;
    }

    private static long argMaxAbs(SampleBuffer x, long lo, long hi) {
        long best = lo;
        float bv = Math.abs(x.get(lo));
        for (long i = lo + 1; i < hi; i++) {
            float v = Math.abs(x.get(i));
            if (v > bv) {
                bv = v;
                best = i;
            }
        }
        return best;
    }
}
