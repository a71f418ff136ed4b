package io.interviewcoach.pose.landmark;

/**
 * One body landmark in frame pixels ({@code z}: depth relative to the hips, in the same pixel scale, smaller
 * is nearer the camera); {@code visibility} and {@code presence} are probabilities 0..1.
 */
public record Landmark(double x, double y, double z, double visibility, double presence) {
    public boolean isVisible(double threshold) {
        return visibility >= threshold && presence >= threshold;
    }

    public double distanceTo(Landmark o) {
        return Math.hypot(x - o.x, y - o.y);
    }

    public Landmark withPosition(double nx, double ny) {
        return new Landmark(nx, ny, z, visibility, presence);
    }
}
