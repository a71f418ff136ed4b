package io.interviewcoach.face.detection;

import java.util.List;

import org.bytedeco.opencv.opencv_core.Mat;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import io.interviewcoach.inference.InferencePools;
import io.interviewcoach.inference.OnnxModel;
import io.interviewcoach.inference.OnnxTranslator;
import io.interviewcoach.models.ModelCatalog;
import io.interviewcoach.models.ModelStore;

/**
 * MediaPipe BlazeFace full range (face_detection_full_range.onnx) in ONNX Runtime: small and distant faces
 * (group photos, a person far from the camera). Input "input": 1x3x192x192 RGB in [-1, 1]; outputs
 * "reshaped_regressor_face_4" 1x2304x16 and "reshaped_classifier_face_4" 1x2304x1 (one anchor per cell of a
 * 48x48 grid).
 */
public final class FullRangeFaceDetector implements FaceDetector, AutoCloseable {
    private final OnnxModel model;
    private final boolean ownsModel;
    private final Translator translator;

    public FullRangeFaceDetector(OnnxModel model) {
        this(model, BlazeFaceConfig.FULL_RANGE, false);
    }

    public FullRangeFaceDetector(OnnxModel model, BlazeFaceConfig config) {
        this(model, config, false);
    }

    private FullRangeFaceDetector(OnnxModel model, BlazeFaceConfig config, boolean ownsModel) {
        this.model = model;
        this.ownsModel = ownsModel;
        this.translator = new Translator(config, new BlazeFaceDecoder(config));
    }

    public static FullRangeFaceDetector load(ModelStore store) {
        OnnxModel model = new OnnxModel("face-detection-full-range", store.require(ModelCatalog.FACE_DETECTION_FULL),
                InferencePools.defaultSize());
        return new FullRangeFaceDetector(model, BlazeFaceConfig.FULL_RANGE, true);
    }

    public OnnxModel model() {
        return model;
    }

    @Override
    public List<FaceDetection> detect(Mat bgr) {
        return model.predict(bgr, translator);
    }

    @Override
    public void close() {
        if (ownsModel) {
            model.close();
        }
    }

    private record Translator(BlazeFaceConfig config, BlazeFaceDecoder decoder) implements OnnxTranslator<Mat, List<FaceDetection>> {
        @Override
        public NDList preprocess(NDManager manager, Mat bgr) {
            Letterbox lb = Letterbox.fit(bgr.cols(), bgr.rows(), config.inputSize());
            int s = config.inputSize();
            try (Mat square = ImageOps.letterbox(bgr, lb); Mat blob = ImageOps.blobMinusOneToOne(square)) {
                return new NDList(manager.create(ImageOps.floats(blob), new Shape(1, 3, s, s)));
            }
        }

        @Override
        public List<FaceDetection> postprocess(Mat bgr, NDList outputs) {
            NDArray a = outputs.get(0);
            NDArray b = outputs.get(1);
            boolean aIsScores = a.getShape().size() < b.getShape().size();
            float[] scores = (aIsScores ? a : b).toFloatArray();
            float[] boxes = (aIsScores ? b : a).toFloatArray();
            return decoder.decode(boxes, scores, Letterbox.fit(bgr.cols(), bgr.rows(), config.inputSize()));
        }
    }
}
