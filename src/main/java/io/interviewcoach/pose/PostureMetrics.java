package io.interviewcoach.pose;

/**
 * Whole-recording posture measurements (report `metrics.posture`); null where not measurable. Ratios 0..1,
 * scores 0..100 (higher is better; fidgetingScore 100 = no fidgeting beyond tracking noise). Definitions in
 * docs/scoring.md (pose).
 */
public record PostureMetrics(
        Double visibleRatio,
        Double shoulderAlignmentScore,
        Double spineStraightnessScore,
        Double headPositionScore,
        Double postureScore,
        Double fidgetingScore,
        Double gestureScore,
        Double shoulderTiltDeg,
        Double headTiltDeg,
        Double handsVisibleRatio,
        Double gestureRatio,
        Integer handsNearFaceCount,
        Double fidgetLevel,
        Integer skippedFrames) {
}
