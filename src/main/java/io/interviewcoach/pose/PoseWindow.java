package io.interviewcoach.pose;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * What the pose analyzer measured in one window (a report timeline entry); averages over the window's frames
 * with a person, null when nothing could be measured.
 *
 * @param poseVisible      a person was tracked in at least half of the window's frames
 * @param visibleRatio     share of frames with a tracked person
 * @param postureScore     mean frame posture score 0..100
 * @param shoulderTiltDeg  mean signed shoulder tilt, degrees (positive: person's left shoulder lower)
 * @param headTiltDeg      mean signed head roll, degrees
 * @param handsVisible     at least one hand visible in at least half of the frames with a person
 * @param gesturing        a hand moved in the gesture zone in at least one frame
 * @param handsNearFace    a hand was on the face in at least one frame
 * @param fidgetLevel      mean jitter beyond smoothing, in shoulder widths
 * @param skippedFrames    frames that could not be analysed (errors), not counted anywhere else
 * @param frames           per-frame landmarks for the overlay (not serialised)
 */
public record PoseWindow(int index, double startSec, double endSec, boolean poseVisible, double visibleRatio,
        Double postureScore, Double shoulderTiltDeg, Double headTiltDeg, Boolean handsVisible, Boolean gesturing,
        Boolean handsNearFace, Double fidgetLevel, int skippedFrames, @JsonIgnore List<PoseFrame> frames) {
    public PoseWindow {
        frames = frames == null ? List.of() : List.copyOf(frames);
    }
}
