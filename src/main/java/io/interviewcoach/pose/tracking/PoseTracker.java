package io.interviewcoach.pose.tracking;

import java.util.Optional;

import org.bytedeco.opencv.opencv_core.Mat;

import io.interviewcoach.media.VideoFrame;
import io.interviewcoach.pose.landmark.BodyPoint;
import io.interviewcoach.pose.landmark.Landmark;
import io.interviewcoach.pose.landmark.PoseLandmarkModel;
import io.interviewcoach.pose.landmark.PoseLandmarks;
import io.interviewcoach.pose.landmark.Roi;

/**
 * MediaPipe-style tracking for one stream: the face detector is only run when there is no track; the
 * landmarks of frame N give the ROI of frame N+1; a low pose-presence score ends the track. Not thread-safe.
 */
public final class PoseTracker {
    private final PoseLandmarkModel model;
    private final FaceAnchorDetector faces;
    private final TrackerSettings settings;
    private final LandmarkSmoother smoother;
    private Roi nextRoi;
    /** ROI side per eye-to-mouth distance, measured when the track started (from the face box). */
    private double roiSidePerEyeMouth = Double.NaN;

    public PoseTracker(PoseLandmarkModel model, FaceAnchorDetector faces, TrackerSettings settings) {
        this.model = model;
        this.faces = faces;
        this.settings = settings;
        this.smoother = new LandmarkSmoother(BodyPoint.ALL_COUNT, settings.smoothMinCutoffHz(), settings.smoothBeta(),
                settings.smoothDerivativeHz());
    }

    /** The pose in this frame, or empty when no person was found. */
    public Optional<TrackedPose> track(VideoFrame frame, Mat frameBgr) {
        if (nextRoi != null) {
            PoseLandmarks pose = predict(frameBgr, nextRoi);
            if (pose.presenceScore() >= settings.presenceThreshold()) {
                return Optional.of(accept(frame, pose, false));
            }
            lose();
        }
        return acquire(frame, frameBgr);
    }

    private Optional<TrackedPose> acquire(VideoFrame frame, Mat frameBgr) {
        Optional<FaceAnchor> face = faces.find(frame, frameBgr);
        if (face.isEmpty()) {
            return Optional.empty();
        }
        Roi fromFace = roiFromFace(face.get());
        PoseLandmarks first = predict(frameBgr, fromFace);
        if (first.presenceScore() < settings.presenceThreshold()) {
            return Optional.empty();
        }
        double eyeMouth = eyeMouthDistance(first);
        roiSidePerEyeMouth = eyeMouth > 0 ? fromFace.side() / eyeMouth : Double.NaN;
        // The face-anchored box is a guess; one more pass on the box the landmarks imply centres the body.
        PoseLandmarks pose = roiFromLandmarks(first, frame)
                .map(roi -> predict(frameBgr, roi))
                .filter(p -> p.presenceScore() >= settings.presenceThreshold())
                .orElse(first);
        return Optional.of(accept(frame, pose, true));
    }

    private PoseLandmarks predict(Mat frameBgr, Roi roi) {
        return model.predict(frameBgr, roi);
    }

    private TrackedPose accept(VideoFrame frame, PoseLandmarks raw, boolean reacquired) {
        PoseLandmarks smoothed = smoother.smooth(raw, frame.timeSec());
        nextRoi = roiFromLandmarks(raw, frame).orElse(null);
        return new TrackedPose(frame.timeSec(), raw, smoothed, reacquired);
    }

    private void lose() {
        nextRoi = null;
        smoother.reset();
    }

    /** Ends the current track (e.g. a gap in the stream); the next frame searches for the face again. */
    public void reset() {
        lose();
    }

    private static double eyeMouthDistance(PoseLandmarks p) {
        Landmark le = p.get(BodyPoint.LEFT_EYE);
        Landmark re = p.get(BodyPoint.RIGHT_EYE);
        Landmark ml = p.get(BodyPoint.MOUTH_LEFT);
        Landmark mr = p.get(BodyPoint.MOUTH_RIGHT);
        return Math.hypot((le.x() + re.x() - ml.x() - mr.x()) / 2, (le.y() + re.y() - ml.y() - mr.y()) / 2);
    }

    private boolean hipsInView(PoseLandmarks pose, VideoFrame frame) {
        for (int i : new int[] {BodyPoint.LEFT_HIP, BodyPoint.RIGHT_HIP}) {
            Landmark hip = pose.get(i);
            if (!hip.isVisible(settings.presenceThreshold()) || hip.x() < 0 || hip.y() < 0 || hip.x() >= frame.width()
                    || hip.y() >= frame.height()) {
                return false;
            }
        }
        return true;
    }

    Roi roiFromFace(FaceAnchor face) {
        double h = face.height();
        return new Roi(face.centerX(), face.centerY() + settings.faceToRoiOffset() * h, settings.faceToRoiSide() * h, 0);
    }

    /**
     * MediaPipe's alignment: centre on the body-centre point, "up" towards the ROI-top point, scaled. With the
     * hips out of view (webcam framing) both points are extrapolated and their angle drifts from frame to frame
     * (measured on a close-up: 15 degrees within 3 s, and the side growing from 3 000 to 3 500 px), so the ROI is
     * then kept upright and its side within a band around the face-derived size (face box at acquisition per
     * eye-to-mouth distance, times today's eye-to-mouth distance).
     */
    Optional<Roi> roiFromLandmarks(PoseLandmarks pose, VideoFrame frame) {
        Landmark center = pose.get(BodyPoint.ROI_CENTER);
        Landmark top = pose.get(BodyPoint.ROI_TOP);
        double dx = top.x() - center.x();
        double dy = top.y() - center.y();
        double side = settings.landmarkRoiScale() * Math.hypot(dx, dy);
        boolean hips = hipsInView(pose, frame);
        double faceSide = roiSidePerEyeMouth * eyeMouthDistance(pose);
        if (!hips && faceSide > 0) {
            side = Math.max(settings.minRoiOfFaceEstimate() * faceSide, Math.min(settings.maxRoiOfFaceEstimate() * faceSide, side));
        }
        int shortSide = Math.min(frame.width(), frame.height());
        int longSide = Math.max(frame.width(), frame.height());
        if (!(side >= settings.minRoiSideOfFrame() * shortSide && side <= settings.maxRoiSideOfFrame() * longSide)) {
            return Optional.empty();
        }
        double rotation = 0;
        if (hips) {
            rotation = Math.PI / 2 - Math.atan2(-dy, dx);
            rotation = Math.atan2(Math.sin(rotation), Math.cos(rotation));
        }
        return Optional.of(new Roi(center.x(), center.y(), side, rotation));
    }
}
