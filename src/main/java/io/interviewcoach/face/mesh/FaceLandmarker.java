package io.interviewcoach.face.mesh;

import java.util.List;

import org.bytedeco.opencv.opencv_core.Mat;

import io.interviewcoach.face.detection.ImageOps;
import io.interviewcoach.inference.InferencePools;
import io.interviewcoach.inference.NetTranslator;
import io.interviewcoach.inference.OpenCvModel;
import io.interviewcoach.models.ModelCatalog;
import io.interviewcoach.models.ModelStore;

/**
 * MediaPipe face mesh (face_landmark.tflite) in OpenCV DNN. Input: the rotated ROI cropped to 192x192,
 * RGB, NCHW, [0, 1]. Outputs: 1404 values (468 x, y, z in crop pixels) and one face-presence logit.
 */
public final class FaceLandmarker implements AutoCloseable {
    public static final int INPUT = 192;

    private final OpenCvModel model;
    private final boolean ownsModel;
    private final Translator translator = new Translator();

    public FaceLandmarker(OpenCvModel model) {
        this(model, false);
    }

    private FaceLandmarker(OpenCvModel model, boolean ownsModel) {
        this.model = model;
        this.ownsModel = ownsModel;
    }

    public static FaceLandmarker load(ModelStore store) {
        return new FaceLandmarker(new OpenCvModel("face-landmark", store.require(ModelCatalog.FACE_LANDMARK),
                InferencePools.defaultSize(), null), true);
    }

    public OpenCvModel model() {
        return model;
    }

    /** Landmarks of the face inside {@code roi} of the BGR frame, in frame pixels. */
    public FaceMesh landmarks(Mat bgr, FaceRoi roi) {
        return model.predict(new Input(bgr, roi, roi.cropToFrame(INPUT, false)), translator);
    }

    @Override
    public void close() {
        if (ownsModel) {
            model.close();
        }
    }

    private record Input(Mat bgr, FaceRoi roi, double[] cropToFrame) {
    }

    private static final class Translator implements NetTranslator<Input, FaceMesh> {
        @Override
        public Mat preprocess(Input in) {
            try (Mat crop = RoiCrop.crop(in.bgr, in.cropToFrame, INPUT)) {
                return ImageOps.blobZeroToOne(crop);
            }
        }

        @Override
        public FaceMesh postprocess(Input in, List<Mat> outputs) {
            float[] a = ImageOps.floats(outputs.get(0));
            float[] b = ImageOps.floats(outputs.get(1));
            float[] raw = a.length > b.length ? a : b;
            float logit = (a.length > b.length ? b : a)[0];
            double[] m = in.cropToFrame;
            double zScale = in.roi.size() / INPUT;
            float[] points = new float[FaceMesh.LANDMARKS * 3];
            for (int i = 0; i < FaceMesh.LANDMARKS; i++) {
                double u = raw[3 * i];
                double v = raw[3 * i + 1];
                points[3 * i] = (float) (m[0] * u + m[1] * v + m[2]);
                points[3 * i + 1] = (float) (m[3] * u + m[4] * v + m[5]);
                points[3 * i + 2] = (float) (raw[3 * i + 2] * zScale);
            }
            float presence = (float) (1 / (1 + Math.exp(-Math.max(-100, Math.min(100, logit)))));
            return new FaceMesh(points, presence, in.roi);
        }
    }
}
