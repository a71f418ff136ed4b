package io.interviewcoach.face.mesh;

/**
 * One eye as the iris model sees it, in frame pixels.
 *
 * @param iris    5 points x, y: iris centre, then 4 points on the iris edge
 * @param contour 71 points x, y: the first 16 outline the eye (0 = outer corner, 1-8 lower lid ending at
 *                the inner corner 8, 9-15 upper lid from outer to inner), the rest the brow region
 */
public record Iris(float[] iris, float[] contour) {
    public double centerX() {
        return iris[0];
    }

    public double centerY() {
        return iris[1];
    }

    public double contourX(int i) {
        return contour[2 * i];
    }

    public double contourY(int i) {
        return contour[2 * i + 1];
    }

    /** Mean distance from the centre to the 4 edge points (pixels). */
    public double radius() {
        double sum = 0;
        for (int k = 1; k <= 4; k++) {
            sum += Math.hypot(iris[2 * k] - iris[0], iris[2 * k + 1] - iris[1]);
        }
        return sum / 4;
    }
}
