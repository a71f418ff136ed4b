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
    private int faceSearches;

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
            PoseLandmarks pose = model.predict(frameBgr, nextRoi);
            if (pose.presenceScore() >= settings.presenceThreshold()) {
                return Optional.of(accept(frame, pose, false));
            }
            lose();
        }
        return acquire(frame, frameBgr);
    }

    private Optional<TrackedPose> acquire(VideoFrame frame, Mat frameBgr) {
        faceSearches++;
        Optional<FaceAnchor> face = faces.find(frame, frameBgr);
        if (face.isEmpty()) {
            return Optional.empty();
        }
        Roi fromFace = roiFromFace(face.get());
        PoseLandmarks first = model.predict(frameBgr, fromFace);
        if (first.presenceScore() < settings.presenceThreshold()) {
            return Optional.empty();
        }
        // The face-anchored box is a guess; one more pass on the box the landmarks imply centres the body.
        PoseLandmarks pose = roiFromLandmarks(first, frame)
                .map(roi -> model.predict(frameBgr, roi))
                .filter(p -> p.presenceScore() >= settings.presenceThreshold())
                .orElse(first);
        return Optional.of(accept(frame, pose, true));
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

    /** How many times the face detector was asked (once per frame without a track). */
    public int faceSearches() {
        return faceSearches;
    }

    Roi roiFromFace(FaceAnchor face) {
        double h = face.height();
        return new Roi(face.centerX(), face.centerY() + settings.faceToRoiOffset() * h, settings.faceToRoiSide() * h, 0);
    }

    /** MediaPipe's alignment: centre on the body-centre point, "up" towards the ROI-top point, scaled. */
    Optional<Roi> roiFromLandmarks(PoseLandmarks pose, VideoFrame frame) {
        Landmark center = pose.get(BodyPoint.ROI_CENTER);
        Landmark top = pose.get(BodyPoint.ROI_TOP);
        double dx = top.x() - center.x();
        double dy = top.y() - center.y();
        double side = settings.landmarkRoiScale() * Math.hypot(dx, dy);
        int shortSide = Math.min(frame.width(), frame.height());
        int longSide = Math.max(frame.width(), frame.height());
        if (!(side >= settings.minRoiSideOfFrame() * shortSide && side <= settings.maxRoiSideOfFrame() * longSide)) {
            return Optional.empty();
        }
        double rotation = Math.PI / 2 - Math.atan2(-dy, dx);
        rotation = Math.atan2(Math.sin(rotation), Math.cos(rotation));
        return Optional.of(new Roi(center.x(), center.y(), side, rotation));
    }
}
