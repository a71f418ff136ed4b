package io.interviewcoach.face;

/** Whole-recording face measurements (report `metrics.face`); null where not measurable. Ratios 0..1, scores 0..100. */
public record FaceMetrics(
        Double visibleRatio,
        Double eyeContactRatio,
        Double eyeContactScore,
        Double blinkRatePerMin,
        Integer eyesClosedEvents,
        Double smileRatio,
        Double expressionVarietyScore,
        Double engagementScore) {
}
