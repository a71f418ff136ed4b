package io.interviewcoach.pose;

import io.interviewcoach.face.detection.ShortRangeFaceDetector;
import io.interviewcoach.inference.InferencePools;
import io.interviewcoach.models.ModelCatalog;
import io.interviewcoach.models.ModelSpec;
import io.interviewcoach.models.ModelStore;
import io.interviewcoach.pose.landmark.PoseLandmarkModel;
import io.interviewcoach.pose.tracking.BlazeFaceAnchors;
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

    /** Which BlazePose landmark model to run: lite (default, faster) or full (more accurate). */
    public enum Variant {
        LITE(ModelCatalog.POSE_LANDMARK_LITE), FULL(ModelCatalog.POSE_LANDMARK_FULL);

        private final ModelSpec spec;

        Variant(ModelSpec spec) {
            this.spec = spec;
        }

        public ModelSpec spec() {
            return spec;
        }

        /** "lite" or "full" (case-insensitive). */
        public static Variant parse(String name) {
            try {
                return valueOf(name.trim().toUpperCase(java.util.Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("pose model must be 'lite' or 'full', got '" + name + "'", e);
            }
        }
    }

    /** Loads the landmark model and the short-range face detector from the store (throws ModelMissingException). */
    public static PoseModels load(ModelStore store, Variant variant, int poolSize) {
        PoseLandmarkModel landmarks = new PoseLandmarkModel(variant.spec().id(), store.require(variant.spec()), poolSize);
        try {
            ShortRangeFaceDetector faces = ShortRangeFaceDetector.load(store);
            return new PoseModels(landmarks, new BlazeFaceAnchors(faces), faces);
        } catch (RuntimeException e) {
            landmarks.close();
            throw e;
        }
    }

    /** Landmark model from the store, anchored on a face detector the caller already has (and keeps owning). */
    public static PoseModels sharingFaceDetector(ModelStore store, Variant variant, int poolSize, ShortRangeFaceDetector faces) {
        PoseLandmarkModel landmarks = new PoseLandmarkModel(variant.spec().id(), store.require(variant.spec()), poolSize);
        return new PoseModels(landmarks, new BlazeFaceAnchors(faces), null);
    }

    public static PoseModels load(ModelStore store, Variant variant) {
        return load(store, variant, InferencePools.defaultSize());
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
