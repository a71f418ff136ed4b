package io.interviewcoach.voice.dsp;

/**
 * YIN fundamental-frequency estimation (de Cheveigné and Kawahara 2002): squared-difference function,
 * cumulative-mean normalisation, absolute threshold, then parabolic interpolation of the chosen dip.
 * Instances hold scratch space and are not thread-safe.
 */
public final class Yin {
    /** Period in samples (fractional) and the normalised dip depth (0 = perfectly periodic, ~1 = noise). */
    public record Estimate(double period, double aperiodicity) {}

    private final int window;
    private final int minLag;
    private final int maxLag;
    private final double threshold;
    private final double[] diff;
    private final double[] cmnd;

    public Yin(int window, int minLag, int maxLag, double threshold) {
        this.window = window;
        this.minLag = minLag;
        this.maxLag = maxLag;
        this.threshold = threshold;
        this.diff = new double[maxLag + 2];
        this.cmnd = new double[maxLag + 2];
    }

    /** Samples one analysis needs: the window plus the longest lag (and one for interpolation). */
    public int span() {
        return window + maxLag + 1;
    }

    public Estimate estimate(float[] x, int offset) {
        int top = maxLag + 1;
        for (int tau = 1; tau <= top; tau++) {
            double d = 0;
            int a = offset;
            int b = offset + tau;
            for (int j = 0; j < window; j++) {
                double v = x[a + j] - x[b + j];
                d += v * v;
            }
            diff[tau] = d;
        }
        cmnd[0] = 1;
        double running = 0;
        for (int tau = 1; tau <= top; tau++) {
            running += diff[tau];
            cmnd[tau] = running > 0 ? diff[tau] * tau / running : 1;
        }
        return selectWithin(minLag, maxLag);
    }

    /** Chooses again for the last {@link #estimate}, among lags {@code lo..hi} only (within the constructor's range). */
    public Estimate selectWithin(int lo, int hi) {
        int minLag = Math.max(this.minLag, lo);
        int maxLag = Math.min(this.maxLag, hi);
        int top = this.maxLag + 1;
        int best = -1;
        for (int tau = minLag; tau <= maxLag; tau++) {
            if (cmnd[tau] < threshold) {
                while (tau + 1 <= maxLag && cmnd[tau + 1] < cmnd[tau]) {
                    tau++;
                }
                best = tau;
                break;
            }
        }
        if (best < 0) {
            best = minLag;
            for (int tau = minLag + 1; tau <= maxLag; tau++) {
                if (cmnd[tau] < cmnd[best]) {
                    best = tau;
                }
            }
        }
        double period = best;
        if (best > 1 && best < top) {
            double l = cmnd[best - 1];
            double c = cmnd[best];
            double r = cmnd[best + 1];
            double den = l - 2 * c + r;
            if (den > 0) {
                period = best + 0.5 * (l - r) / den;
            }
        }
        return new Estimate(period, cmnd[best]);
    }
}
