package io.interviewcoach.pose.tracking;

import io.interviewcoach.pose.landmark.PoseLandmarks;

/**
 * The pose of one frame: {@code raw} straight from the model, {@code smoothed} after One-Euro filtering;
 * {@code reacquired} when this frame started a new track from the face anchor.
 */
public record TrackedPose(double timeSec, PoseLandmarks raw, PoseLandmarks smoothed, boolean reacquired) {
}
