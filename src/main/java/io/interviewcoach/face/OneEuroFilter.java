package io.interviewcoach.face;

/**
 * One-Euro filter (Casiez et al. 2012) over a vector of coordinates sharing one speed estimate: strong
 * smoothing when the face is still, little lag when it moves. Speed is measured in face sizes per second
 * so the same settings fit near and far faces (as MediaPipe's landmark smoothing does).
 */
final class OneEuroFilter {
    private static final double DERIVATIVE_CUTOFF_HZ = 1.0;

    private final double minCutoff;
    private final double beta;
    private double[] previous;
    private double previousSpeed;
    private double previousTime;

    OneEuroFilter(double minCutoff, double beta) {
        this.minCutoff = minCutoff;
        this.beta = beta;
    }

    void reset() {
        previous = null;
    }

    /** Filters {@code values} in place. */
    void apply(double timeSec, float[] values, double scale) {
        if (previous == null || previous.length != values.length || timeSec <= previousTime) {
            previous = new double[values.length];
            for (int i = 0; i < values.length; i++) {
                previous[i] = values[i];
            }
            previousSpeed = 0;
            previousTime = timeSec;
            return;
        }
        double dt = timeSec - previousTime;
        double sum = 0;
        for (int i = 0; i < values.length; i++) {
            sum += Math.abs(values[i] - previous[i]);
        }
        double speed = sum / values.length / dt / Math.max(1e-6, scale);
        double smoothedSpeed = previousSpeed + alpha(DERIVATIVE_CUTOFF_HZ, dt) * (speed - previousSpeed);
        double a = alpha(minCutoff + beta * smoothedSpeed, dt);
        for (int i = 0; i < values.length; i++) {
            previous[i] += a * (values[i] - previous[i]);
            values[i] = (float) previous[i];
        }
        previousSpeed = smoothedSpeed;
        previousTime = timeSec;
    }

    private static double alpha(double cutoffHz, double dt) {
        double tau = 1 / (2 * Math.PI * cutoffHz);
        return 1 / (1 + tau / dt);
    }
}
