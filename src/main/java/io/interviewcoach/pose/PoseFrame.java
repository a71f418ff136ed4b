package io.interviewcoach.pose;

/**
 * One frame's smoothed 33 landmarks for the video overlay: {@code xy} = x0, y0, x1, y1, … in frame pixels,
 * {@code visibility} 0..1 per landmark (BlazePose order).
 */
public record PoseFrame(double timeSec, float[] xy, float[] visibility) {
}
