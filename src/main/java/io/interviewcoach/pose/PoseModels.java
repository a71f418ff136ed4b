package io.interviewcoach.pose;

import io.interviewcoach.pose.landmark.PoseLandmarkModel;
import io.interviewcoach.pose.tracking.FaceAnchorDetector;

/**
 * The models the pose analyzer needs, loaded once per process and shared by every stream: the BlazePose landmark
 * model and the face detector that anchors the search. Closing releases both.
 */
public final class PoseModels implements AutoCloseable {
    private final PoseLandmarkModel landmarks;
    private final FaceAnchorDetector faceAnchors;
    private final AutoCloseable faceResource;

    public PoseModels(PoseLandmarkModel landmarks, FaceAnchorDetector faceAnchors, AutoCloseable faceResource) {
        this.landmarks = landmarks;
        this.faceAnchors = faceAnchors;
        this.faceResource = faceResource;
    }

    public PoseLandmarkModel landmarks() {
        return landmarks;
    }

    public FaceAnchorDetector faceAnchors() {
        return faceAnchors;
    }

    @Override
    public void close() {
        landmarks.close();
        if (faceResource != null) {
            try {
                faceResource.close();
            } catch (Exception e) {
                throw new IllegalStateException("could not close the face detector: " + e.getMessage(), e);
            }
        }
    }
}
