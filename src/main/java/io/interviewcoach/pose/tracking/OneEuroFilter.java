package io.interviewcoach.pose.tracking;

/**
 * One-Euro filter (Casiez, Roussel, Vogel, CHI 2012): a low-pass filter whose cutoff rises with the signal's
 * speed, so slow jitter is smoothed hard while fast deliberate movement lags little.
 */
public final class OneEuroFilter {
    private final double minCutoffHz;
    private final double beta;
    private final double derivativeCutoffHz;
    private double lastTime = Double.NaN;
    private double lastValue;
    private double lastDerivative;

    public OneEuroFilter(double minCutoffHz, double beta, double derivativeCutoffHz) {
        this.minCutoffHz = minCutoffHz;
        this.beta = beta;
        this.derivativeCutoffHz = derivativeCutoffHz;
    }

    /**
     * Filters {@code value} observed at {@code timeSec}; {@code scale} divides the value's speed (use the object's
     * size so the filter behaves the same near and far from the camera).
     */
    public double filter(double value, double timeSec, double scale) {
        if (Double.isNaN(lastTime) || timeSec <= lastTime) {
            lastTime = timeSec;
            lastValue = value;
            lastDerivative = 0;
            return value;
        }
        double dt = timeSec - lastTime;
        double derivative = (value - lastValue) / dt / scale;
        double smoothedDerivative = lowPass(lastDerivative, derivative, alpha(dt, derivativeCutoffHz));
        double cutoff = minCutoffHz + beta * Math.abs(smoothedDerivative);
        double smoothed = lowPass(lastValue, value, alpha(dt, cutoff));
        lastTime = timeSec;
        lastValue = smoothed;
        lastDerivative = smoothedDerivative;
        return smoothed;
    }

    public void reset() {
        lastTime = Double.NaN;
    }

    private static double alpha(double dt, double cutoffHz) {
        double tau = 1.0 / (2 * Math.PI * cutoffHz);
        return 1.0 / (1.0 + tau / dt);
    }

    private static double lowPass(double previous, double value, double alpha) {
        return previous + alpha * (value - previous);
    }
}
