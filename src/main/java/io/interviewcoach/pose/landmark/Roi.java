package io.interviewcoach.pose.landmark;

/**
 * A square region of the frame the landmark model looks at: centre and side in frame pixels, rotated by
 * {@code rotationRad} (clockwise on screen, image y points down). The model's "up" is the direction
 * (sin r, -cos r) in the frame.
 */
public record Roi(double centerX, double centerY, double side, double rotationRad) {
    public Roi {
        if (!(side > 0) || !Double.isFinite(centerX) || !Double.isFinite(centerY) || !Double.isFinite(rotationRad)) {
            throw new IllegalArgumentException("invalid ROI " + centerX + "," + centerY + " side " + side + " rot " + rotationRad);
        }
    }

    /**
     * The 2x3 affine matrix mapping model-input pixels (u, v) of an {@code inputSize} square to frame pixels,
     * row-major: x = m[0] u + m[1] v + m[2], y = m[3] u + m[4] v + m[5].
     */
    public double[] inputToFrame(int inputSize) {
        double scale = side / inputSize;
        double a = scale * Math.cos(rotationRad);
        double b = scale * Math.sin(rotationRad);
        double half = inputSize / 2.0;
        return new double[] {a, -b, centerX - a * half + b * half, b, a, centerY - b * half - a * half};
    }

    /** Same ROI scaled about its centre. */
    public Roi scaled(double factor) {
        return new Roi(centerX, centerY, side * factor, rotationRad);
    }
}
