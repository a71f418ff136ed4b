package io.interviewcoach.smoothing;

/**
 * One-Euro filter (Casiez, Roussel, Vogel, CHI 2012): a low-pass filter whose cutoff rises with the signal's
 * speed, so a still point's jitter is smoothed hard while a deliberate movement lags little. It filters a
 * vector of coordinates that share one speed estimate (the points of one face, or x and y of one landmark),
 * and the speed is divided by {@code scale} (the object's size) so the same settings fit near and far
 * objects, as MediaPipe's landmark smoothing does.
 */
public final class OneEuroFilter {
    private final double minCutoffHz;
    private final double beta;
    private final double derivativeCutoffHz;
    private double[] previous;
    private double previousSpeed;
    private double previousTime;

    public OneEuroFilter(double minCutoffHz, double beta, double derivativeCutoffHz) {
        this.minCutoffHz = minCutoffHz;
        this.beta = beta;
        this.derivativeCutoffHz = derivativeCutoffHz;
    }

    /** Forgets the history: the next values pass through unchanged. */
    public void reset() {
        previous = null;
    }

    /** Filters {@code values} observed at {@code timeSec} in place. */
    public void apply(double timeSec, float[] values, double scale) {
        double[] in = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            in[i] = values[i];
        }
        step(timeSec, in, scale);
        for (int i = 0; i < values.length; i++) {
            values[i] = (float) in[i];
        }
    }

    /** Filters a single value. */
    public double filter(double value, double timeSec, double scale) {
        double[] in = {value};
        step(timeSec, in, scale);
        return in[0];
    }

    private void step(double timeSec, double[] values, double scale) {
        if (previous == null || previous.length != values.length || timeSec <= previousTime) {
            previous = values.clone();
            previousSpeed = 0;
            previousTime = timeSec;
            return;
        }
        double dt = timeSec - previousTime;
        double change = 0;
        for (int i = 0; i < values.length; i++) {
            change += Math.abs(values[i] - previous[i]);
        }
        double speed = change / values.length / dt / Math.max(1e-9, scale);
        double smoothedSpeed = previousSpeed + alpha(derivativeCutoffHz, dt) * (speed - previousSpeed);
        double a = alpha(minCutoffHz + beta * smoothedSpeed, dt);
        for (int i = 0; i < values.length; i++) {
            previous[i] += a * (values[i] - previous[i]);
            values[i] = previous[i];
        }
        previousSpeed = smoothedSpeed;
        previousTime = timeSec;
    }

    private static double alpha(double cutoffHz, double dt) {
        double tau = 1 / (2 * Math.PI * cutoffHz);
        return 1 / (1 + tau / dt);
    }
}
