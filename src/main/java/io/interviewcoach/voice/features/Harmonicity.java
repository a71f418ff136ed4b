package io.interviewcoach.voice.features;

import io.interviewcoach.voice.dsp.SampleBuffer;

/**
 * Frame harmonics-to-noise ratio the way Praat's "To Harmonicity (cc)" measures it (Boersma 1993; Praat's
 * Sound_to_Pitch_any with the forward cross-correlation method, voicing threshold and all path costs 0): a window of
 * one period of the pitch floor, its local mean removed, is correlated with the same window shifted by every lag up to
 * that period, normalised by both windows' energies; the strongest local maximum, refined by windowed-sinc
 * interpolation of the correlation (values above 1 reflected to 1/r), is r, and HNR = 10·log10(r / (1 − r)).
 * A frame counts (is not NaN) when r beats Praat's unvoiced candidate, max(0, 2 − (local peak / global peak) / 0.1):
 * frames louder than a fifth of the loudest sample so far count whenever they have any periodicity, quieter ones only
 * with a strong one, frames under a tenth never. The global peak is the loudest sample so far (Praat knows the whole
 * file's; a stream learns it within the first loud vowel).
 */
final class Harmonicity {
    /** Praat's silence threshold (standard value of To Harmonicity (cc)). */
    static final double SILENCE_THRESHOLD = 0.1;
    private static final int SINC_DEPTH = 30;
    private static final int GOLDEN_STEPS = 24;
    private static final double GOLDEN = (Math.sqrt(5) - 1) / 2;

    private final SampleBuffer input;
    private double[] r = new double[0];
    private double[] centred = new double[0];

    Harmonicity(SampleBuffer input) {
        this.input = input;
    }

    /** HNR (dB) of the frame centred on {@code center}, or NaN when Praat would call the frame voiceless. */
    double db(long center, int sampleRate, double floorHz, double globalPeak) {
        int period = (int) (sampleRate / floorHz);
        int window = (period / 2 - 1) * 2;
        float[] x = input.array();
        int c = input.offsetOf(center);
        double mean = 0;
        for (int i = c - period; i < c + period; i++) {
            mean += x[i];
        }
        mean /= 2 * period;
        double localPeak = 0;
        int half = period / 2 + 1;
        for (int i = c - half; i < c + half; i++) {
            localPeak = Math.max(localPeak, Math.abs(x[i] - mean));
        }
        double intensity = globalPeak > 0 ? Math.min(1, localPeak / globalPeak) : 0;
        double unvoiced = Math.max(0, 2 - intensity / SILENCE_THRESHOLD);
        if (unvoiced >= 1) {
            return Double.NaN;
        }
        int start = c - (period + window) / 2;
        correlate(x, start, window, mean);
        double best = bestPeak(window);
        if (!(best > unvoiced)) {
            return Double.NaN;
        }
        double clamped = Math.min(Math.max(best, 1e-4), 1 - 1e-5);
        return 10 * Math.log10(clamped / (1 - clamped));
    }

    /** r[i] for lags 0..window: the window at {@code start} against the one i samples later, energies normalised. */
    private void correlate(float[] x, int start, int window, double mean) {
        if (r.length < window + 1) {
            r = new double[window + 1];
            centred = new double[2 * window + 1];
        }
        for (int j = 0; j < 2 * window; j++) {
            centred[j] = x[start + j] - mean;
        }
        double sumX2 = 0;
        for (int j = 0; j < window; j++) {
            sumX2 += centred[j] * centred[j];
        }
        double sumY2 = sumX2;
        r[0] = 1;
        for (int lag = 1; lag <= window; lag++) {
            double y0 = centred[lag - 1];
            double yEnd = centred[lag - 1 + window];
            sumY2 += yEnd * yEnd - y0 * y0;
            double product = 0;
            for (int j = 0; j < window; j++) {
                product += centred[j] * centred[lag + j];
            }
            double energy = sumX2 * sumY2;
            r[lag] = energy > 0 ? product / Math.sqrt(energy) : 0;
        }
    }

    /** The strongest positive local maximum of r over lags 2..window-1, refined by sinc interpolation; 0 if none. */
    private double bestPeak(int window) {
        int bestLag = -1;
        for (int i = 2; i < window - 1; i++) {
            if (r[i] > 0 && r[i] > r[i - 1] && r[i] >= r[i + 1] && (bestLag < 0 || r[i] > r[bestLag])) {
                bestLag = i;
            }
        }
        if (bestLag < 0) {
            return 0;
        }
        double a = bestLag - 1;
        double b = bestLag + 1;
        double p = b - GOLDEN * (b - a);
        double q = a + GOLDEN * (b - a);
        double fp = interpolate(p, window);
        double fq = interpolate(q, window);
        for (int step = 0; step < GOLDEN_STEPS; step++) {
            if (fp > fq) {
                b = q;
                q = p;
                fq = fp;
                p = b - GOLDEN * (b - a);
                fp = interpolate(p, window);
            } else {
                a = p;
                p = q;
                fp = fq;
                q = a + GOLDEN * (b - a);
                fq = interpolate(q, window);
            }
        }
        double peak = Math.max(r[bestLag], interpolate(0.5 * (a + b), window));
        return peak > 1 ? 1 / peak : peak;
    }

    /**
     * Praat's NUM_interpolate_sinc on the symmetric correlation (r[-i] = r[i], lags -window..window): sinc with a
     * raised-cosine taper over {@code SINC_DEPTH} points each side, fewer near the ends.
     */
    private double interpolate(double x, int window) {
        int left = (int) Math.floor(x);
        int right = left + 1;
        if (x == left) {
            return r[Math.abs(left)];
        }
        int depth = Math.min(SINC_DEPTH, Math.min(right + window, window - left));
        int from = right - depth;
        int to = left + depth;
        double result = 0;
        double phase = Math.PI * (x - left);
        double halfSin = 0.5 * Math.sin(phase);
        double taper = phase / (x - from + 1);
        double taperStep = Math.PI / (x - from + 1);
        for (int i = left; i >= from; i--) {
            result += r[Math.abs(i)] * halfSin / phase * (1 + Math.cos(taper));
            phase += Math.PI;
            taper += taperStep;
            halfSin = -halfSin;
        }
        phase = Math.PI * (right - x);
        halfSin = 0.5 * Math.sin(phase);
        taper = phase / (to - x + 1);
        taperStep = Math.PI / (to - x + 1);
        for (int i = right; i <= to; i++) {
            result += r[Math.abs(i)] * halfSin / phase * (1 + Math.cos(taper));
            phase += Math.PI;
            taper += taperStep;
            halfSin = -halfSin;
        }
        return result;
    }
}
