package io.interviewcoach.fusion;

import java.util.ArrayList;
import java.util.List;

/**
 * A piecewise-linear map from a raw quantity to a 0-100 sub-score: linear between the points, flat
 * outside them. {@code target} is the band in words (what the candidate should aim for) and
 * {@code source} says where the numbers come from; both are shown in tips and in the HTML report.
 */
public record Band(String target, String source, List<Point> points) {

    public record Point(double x, double score) {}

    /** The span of values that score full marks, {lowest, highest}; NaNs when no point reaches 100. */
    public double[] fullScoreRange() {
        double lo = Double.NaN;
        double hi = Double.NaN;
        for (Point p : points) {
            if (p.score() >= 100) {
                lo = Double.isNaN(lo) ? p.x() : lo;
                hi = p.x();
            }
        }
        return new double[] {lo, hi};
    }

    public Band {
        if (points == null || points.isEmpty()) {
            throw new IllegalArgumentException("a band needs at least one point");
        }
        points = List.copyOf(points);
        for (int i = 1; i < points.size(); i++) {
            if (points.get(i).x() <= points.get(i - 1).x()) {
                throw new IllegalArgumentException("band points must have increasing x: " + points);
            }
        }
        for (Point p : points) {
            if (p.score() < 0 || p.score() > 100) {
                throw new IllegalArgumentException("band scores must be within 0..100: " + points);
            }
        }
    }

    /** {@code xy} holds x0, score0, x1, score1, … */
    public static Band of(String target, String source, double... xy) {
        if (xy.length % 2 != 0) {
            throw new IllegalArgumentException("band points come in (x, score) pairs");
        }
        List<Point> pts = new ArrayList<>();
        for (int i = 0; i < xy.length; i += 2) {
            pts.add(new Point(xy[i], xy[i + 1]));
        }
        return new Band(target, source, pts);
    }

    public double score(double x) {
        if (Double.isNaN(x)) {
            throw new IllegalArgumentException("cannot score NaN");
        }
        Point first = points.get(0);
        if (x <= first.x()) {
            return first.score();
        }
        for (int i = 1; i < points.size(); i++) {
            Point a = points.get(i - 1);
            Point b = points.get(i);
            if (x <= b.x()) {
                return a.score() + (b.score() - a.score()) * (x - a.x()) / (b.x() - a.x());
            }
        }
        return points.get(points.size() - 1).score();
    }

    /** Where x lies relative to the best-scoring stretch of the band. */
    public enum Side { BELOW, WITHIN, ABOVE }

    public Side side(double x) {
        double best = points.stream().mapToDouble(Point::score).max().orElse(100);
        double lo = Double.NaN;
        double hi = Double.NaN;
        for (Point p : points) {
            if (p.score() == best) {
                if (Double.isNaN(lo)) {
                    lo = p.x();
                }
                hi = p.x();
            }
        }
        boolean bestAtStart = points.get(0).score() == best;
        boolean bestAtEnd = points.get(points.size() - 1).score() == best;
        if (x < lo && !bestAtStart) {
            return Side.BELOW;
        }
        if (x > hi && !bestAtEnd) {
            return Side.ABOVE;
        }
        return Side.WITHIN;
    }
}
