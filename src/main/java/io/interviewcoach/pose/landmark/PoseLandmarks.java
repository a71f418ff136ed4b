package io.interviewcoach.pose.landmark;

import java.util.List;

/**
 * What the landmark model found in one ROI: 33 body landmarks plus the 2 auxiliary ROI points (indices
 * {@link BodyPoint}), all in frame pixels, and the probability that a person is in the ROI at all.
 */
public record PoseLandmarks(List<Landmark> points, double presenceScore, Roi roi) {
    public PoseLandmarks {
        points = List.copyOf(points);
        if (points.size() != BodyPoint.ALL_COUNT) {
            throw new IllegalArgumentException("expected " + BodyPoint.ALL_COUNT + " landmarks, got " + points.size());
        }
    }

    public Landmark get(int index) {
        return points.get(index);
    }

    public PoseLandmarks withPoints(List<Landmark> newPoints) {
        return new PoseLandmarks(newPoints, presenceScore, roi);
    }
}
