package io.interviewcoach.pose;

/** Whole-recording posture measurements (report `metrics.posture`); null where not measurable. Ratios 0..1, scores 0..100. */
public record PostureMetrics(
        Double visibleRatio,
        Double shoulderAlignmentScore,
        Double spineStraightnessScore,
        Double headPositionScore,
        Double postureScore,
        Double fidgetingScore,
        Double gestureScore) {
}
