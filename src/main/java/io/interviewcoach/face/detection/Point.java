package io.interviewcoach.face.detection;

/** A 2D point in frame pixels (x to the right, y down). */
public record Point(double x, double y) {
    public double distanceTo(Point other) {
        return Math.hypot(other.x - x, other.y - y);
    }
}
