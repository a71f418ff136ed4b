package io.interviewcoach.pose.metrics;

/**
 * Posture quantities of one frame with a tracked person; a quantity is null when the body parts it needs
 * were not visible. Angles in degrees, ratios relative to the shoulder width (see docs/scoring.md (pose)).
 *
 * @param shoulderTiltDeg      signed shoulder-line angle from horizontal; positive = the person's left shoulder lower
 * @param headTiltDeg          signed eye-line angle from horizontal (head roll); positive = tilted to the person's left
 * @param headOffsetRatio      horizontal nose offset from the shoulder midpoint / shoulder width (lateral lean, no hips)
 * @param torsoLeanDeg         shoulder-midpoint lean from vertical over the hip midpoint (when hips are visible)
 * @param neckRatio            vertical nose-above-shoulder-line distance / shoulder width (drops when the head sinks)
 * @param handsVisible         hands (wrists) visible in the frame, 0..2
 * @param gestureZoneInFrame   whether the frame shows enough of the gesture zone to judge gesturing
 * @param gesturing            a visible hand moving inside the gesture zone
 * @param handNearFace         "left", "right", "both" or null: hand points on the face
 * @param jitter               RMS of raw minus smoothed positions / shoulder width
 */
public record FrameMeasures(double timeSec, Double shoulderTiltDeg, Double headTiltDeg, Double headOffsetRatio,
        Double torsoLeanDeg, Double neckRatio, int handsVisible, boolean gestureZoneInFrame, boolean gesturing,
        String handNearFace, Double jitter, Double shoulderScore, Double spineScore, Double headScore, Double postureScore) {
}
