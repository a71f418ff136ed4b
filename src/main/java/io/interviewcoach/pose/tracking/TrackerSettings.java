package io.interviewcoach.pose.tracking;

/**
 * @param presenceThreshold   pose-presence score below which the person counts as lost (MediaPipe uses 0.5)
 * @param faceToRoiOffset     ROI centre below the face centre, in face-box heights (webcam framing estimate)
 * @param faceToRoiSide       ROI side, in face-box heights
 * @param landmarkRoiScale    ROI side = this x 2 x distance(body centre, ROI top point), as MediaPipe does (1.25 x 2)
 * @param minRoiSideOfFrame   smallest believable ROI side as a fraction of the frame's short side
 * @param maxRoiSideOfFrame   largest believable ROI side as a multiple of the frame's long side
 * @param minRoiOfFaceEstimate with hips out of view, the ROI side stays at least this fraction of the face-derived side …
 * @param maxRoiOfFaceEstimate … and at most this multiple
 * @param smoothMinCutoffHz   One-Euro minimum cutoff
 * @param smoothBeta          One-Euro speed coefficient (speed in ROI sides per second)
 * @param smoothDerivativeHz  One-Euro derivative cutoff
 */
public record TrackerSettings(double presenceThreshold, double faceToRoiOffset, double faceToRoiSide, double landmarkRoiScale,
        double minRoiSideOfFrame, double maxRoiSideOfFrame, double minRoiOfFaceEstimate, double maxRoiOfFaceEstimate,
        double smoothMinCutoffHz, double smoothBeta,
        double smoothDerivativeHz) {

    public static TrackerSettings defaults() {
        return new TrackerSettings(0.5, 2.5, 6.0, 2.5, 0.15, 8.0, 0.7, 1.2, 0.3, 20.0, 1.0);
    }
}
