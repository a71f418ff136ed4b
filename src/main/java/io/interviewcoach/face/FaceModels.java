package io.interviewcoach.face;

import io.interviewcoach.face.detection.FullRangeFaceDetector;
import io.interviewcoach.face.detection.ShortRangeFaceDetector;
import io.interviewcoach.face.mesh.FaceLandmarker;
import io.interviewcoach.face.mesh.IrisLandmarker;
import io.interviewcoach.inference.InferencePools;
import io.interviewcoach.inference.OnnxModel;
import io.interviewcoach.inference.OpenCvModel;
import io.interviewcoach.models.ModelCatalog;
import io.interviewcoach.models.ModelStore;

/**
 * The four face models, loaded once per process and shared by every {@link FaceAnalyzer} (each model keeps
 * its own pool of nets/predictors, so concurrent streams are safe). Exposes each model for benchmarks.
 */
public final class FaceModels implements AutoCloseable {
    private final OpenCvModel shortRangeModel;
    private final OnnxModel fullRangeModel;
    private final OpenCvModel meshModel;
    private final OnnxModel irisModel;
    private final ShortRangeFaceDetector shortRange;
    private final FullRangeFaceDetector fullRange;
    private final FaceLandmarker mesh;
    private final IrisLandmarker iris;

    public FaceModels(ModelStore store, int poolSize) {
        OpenCvModel sr = null;
        OnnxModel fr = null;
        OpenCvModel fm = null;
        try {
            sr = new OpenCvModel("face-detection-short-range", store.require(ModelCatalog.FACE_DETECTION_SHORT), poolSize, null);
            fr = new OnnxModel("face-detection-full-range", store.require(ModelCatalog.FACE_DETECTION_FULL), poolSize);
            fm = new OpenCvModel("face-landmark", store.require(ModelCatalog.FACE_LANDMARK), poolSize, null);
            this.irisModel = new OnnxModel("iris-landmark", store.require(ModelCatalog.IRIS_LANDMARK), poolSize);
        } catch (RuntimeException e) {
            for (AutoCloseable c : new AutoCloseable[] {sr, fr, fm}) {
                closeQuietly(c);
            }
            throw e;
        }
        this.shortRangeModel = sr;
        this.fullRangeModel = fr;
        this.meshModel = fm;
        this.shortRange = new ShortRangeFaceDetector(sr);
        this.fullRange = new FullRangeFaceDetector(fr);
        this.mesh = new FaceLandmarker(fm);
        this.iris = new IrisLandmarker(irisModel);
    }

    /** With one pooled copy of each model per core. */
    public static FaceModels load(ModelStore store) {
        return new FaceModels(store, InferencePools.defaultSize());
    }

    public ShortRangeFaceDetector shortRangeDetector() {
        return shortRange;
    }

    public FullRangeFaceDetector fullRangeDetector() {
        return fullRange;
    }

    public FaceLandmarker mesh() {
        return mesh;
    }

    public IrisLandmarker iris() {
        return iris;
    }

    @Override
    public void close() {
        closeQuietly(shortRangeModel);
        closeQuietly(fullRangeModel);
        closeQuietly(meshModel);
        closeQuietly(irisModel);
    }

    private static void closeQuietly(AutoCloseable c) {
        if (c == null) {
            return;
        }
        try {
            c.close();
        } catch (Exception ignored) {
            // closing native resources at shutdown: nothing useful to do with a failure
        }
    }
}
