package io.interviewcoach.pose;

import io.interviewcoach.pose.metrics.MeasureSettings;
import io.interviewcoach.pose.tracking.TrackerSettings;

/**
 * Pose analyzer settings.
 *
 * @param tracker            ROI tracking and smoothing
 * @param measures           posture thresholds
 * @param slouchScore        frame posture score below which the person counts as slouching …
 * @param slouchMinSec       … for at least this long (event "slouching")
 * @param noPersonMinSec     a stretch without a person at least this long becomes a "noPerson" event
 * @param faceTouchMinFrames consecutive frames with a hand on the face that make a "handsTouchingFace" event
 * @param gestureTargetRatio share of gesture-judgeable time spent gesturing that earns a gesture score of 100
 * @param fidgetGood         mean jitter (shoulder widths) scored 100 up to here …
 * @param fidgetBad          … and 0 from here
 * @param keepFrameLandmarks keep per-frame landmarks in each window (for the video overlay)
 */
public record PoseSettings(TrackerSettings tracker, MeasureSettings measures, double slouchScore, double slouchMinSec,
        double noPersonMinSec, int faceTouchMinFrames, double gestureTargetRatio, double fidgetGood, double fidgetBad,
        boolean keepFrameLandmarks) {

    public static PoseSettings defaults() {
        return new PoseSettings(TrackerSettings.defaults(), MeasureSettings.defaults(), 50, 3.0, 2.0, 2, 0.25, 0.02, 0.08, true);
    }
}
