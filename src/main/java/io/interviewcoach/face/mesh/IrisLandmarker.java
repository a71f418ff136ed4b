package io.interviewcoach.face.mesh;

import org.bytedeco.opencv.opencv_core.Mat;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import io.interviewcoach.face.detection.ImageOps;
import io.interviewcoach.inference.InferencePools;
import io.interviewcoach.inference.OnnxModel;
import io.interviewcoach.inference.OnnxTranslator;
import io.interviewcoach.models.ModelCatalog;
import io.interviewcoach.models.ModelStore;

/**
 * MediaPipe iris landmarks (iris_landmark.onnx) in ONNX Runtime. Input "input_1": 1x3x64x64 RGB in [0, 1],
 * an eye crop of 2.3x the corner-to-corner distance, rotated so the corners are level; the model knows
 * right eyes (image left on a non-mirrored camera), so the other eye is mirrored, as MediaPipe does.
 * Outputs "output_eyes_contours_and_brows" (71 x, y, z) and "output_iris" (5 x, y, z), crop pixels.
 */
public final class IrisLandmarker implements AutoCloseable {
    public static final int INPUT = 64;
    /** MediaPipe's eye region: 2.3x the eye-corner distance. */
    public static final double EYE_SCALE = 2.3;

    private final OnnxModel model;
    private final boolean ownsModel;
    private final Translator translator = new Translator();

    public IrisLandmarker(OnnxModel model) {
        this(model, false);
    }

    private IrisLandmarker(OnnxModel model, boolean ownsModel) {
        this.model = model;
        this.ownsModel = ownsModel;
    }

    public static IrisLandmarker load(ModelStore store) {
        return new IrisLandmarker(new OnnxModel("iris-landmark", store.require(ModelCatalog.IRIS_LANDMARK),
                InferencePools.defaultSize()), true);
    }

    public OnnxModel model() {
        return model;
    }

    /** The subject's right eye (mesh corners 33 and 133, image left). */
    public Iris rightEye(Mat bgr, FaceMesh mesh) {
        return eye(bgr, eyeRoi(mesh, 33, 133), false);
    }

    /** The subject's left eye (mesh corners 362 and 263, image right), mirrored for the model. */
    public Iris leftEye(Mat bgr, FaceMesh mesh) {
        return eye(bgr, eyeRoi(mesh, 362, 263), true);
    }

    /**
     * Both eyes, right then left, in one inference when the model batches (docs/models.md "Devices"); the same
     * results as {@link #rightEye} and {@link #leftEye}.
     */
    public java.util.List<Iris> bothEyes(Mat bgr, FaceMesh mesh) {
        return model.predictAll(java.util.List.of(new Input(bgr, eyeRoi(mesh, 33, 133).cropToFrame(INPUT, false)),
                new Input(bgr, eyeRoi(mesh, 362, 263).cropToFrame(INPUT, true))), translator);
    }

    /** Runs the model on the eye region; {@code mirror} flips the crop horizontally. */
    public Iris eye(Mat bgr, FaceRoi eyeRoi, boolean mirror) {
        return model.predict(new Input(bgr, eyeRoi.cropToFrame(INPUT, mirror)), translator);
    }

    /** The eye region between two corner landmarks (image-left one first). */
    public static FaceRoi eyeRoi(FaceMesh mesh, int leftCorner, int rightCorner) {
        double x0 = mesh.x(leftCorner);
        double y0 = mesh.y(leftCorner);
        double x1 = mesh.x(rightCorner);
        double y1 = mesh.y(rightCorner);
        double side = Math.hypot(x1 - x0, y1 - y0) * EYE_SCALE;
        return new FaceRoi((x0 + x1) / 2, (y0 + y1) / 2, side, Math.atan2(y1 - y0, x1 - x0));
    }

    @Override
    public void close() {
        if (ownsModel) {
            model.close();
        }
    }

    private record Input(Mat bgr, double[] cropToFrame) {
    }

    private static final class Translator implements OnnxTranslator<Input, Iris> {
        @Override
        public NDList preprocess(NDManager manager, Input in) {
            try (Mat crop = RoiCrop.crop(in.bgr, in.cropToFrame, INPUT); Mat blob = ImageOps.blobZeroToOne(crop)) {
                return new NDList(manager.create(ImageOps.floats(blob), new Shape(1, 3, INPUT, INPUT)));
            }
        }

        @Override
        public Iris postprocess(Input in, NDList outputs) {
            NDArray a = outputs.get(0);
            NDArray b = outputs.get(1);
            boolean aIsIris = a.getShape().size() < b.getShape().size();
            return new Iris(toFrame((aIsIris ? a : b).toFloatArray(), in.cropToFrame),
                    toFrame((aIsIris ? b : a).toFloatArray(), in.cropToFrame));
        }

        private static float[] toFrame(float[] xyz, double[] m) {
            int n = xyz.length / 3;
            float[] out = new float[2 * n];
            for (int i = 0; i < n; i++) {
                double u = xyz[3 * i];
                double v = xyz[3 * i + 1];
                out[2 * i] = (float) (m[0] * u + m[1] * v + m[2]);
                out[2 * i + 1] = (float) (m[3] * u + m[4] * v + m[5]);
            }
            return out;
        }
    }
}
