package io.interviewcoach.face.detection;

import java.util.List;

import org.bytedeco.opencv.opencv_core.Mat;

import io.interviewcoach.inference.InferencePools;
import io.interviewcoach.inference.NetTranslator;
import io.interviewcoach.inference.OpenCvModel;
import io.interviewcoach.models.ModelCatalog;
import io.interviewcoach.models.ModelStore;

/**
 * MediaPipe BlazeFace short range (face_detection_short_range.tflite) in OpenCV DNN: faces within about
 * 2 m, i.e. webcam framing. Input: the frame letterboxed to 128x128, RGB, NCHW, [-1, 1].
 */
public final class ShortRangeFaceDetector implements FaceDetector, AutoCloseable {
    private final OpenCvModel model;
    private final boolean ownsModel;
    private final Translator translator;

    public ShortRangeFaceDetector(OpenCvModel model) {
        this(model, BlazeFaceConfig.SHORT_RANGE, false);
    }

    public ShortRangeFaceDetector(OpenCvModel model, BlazeFaceConfig config) {
        this(model, config, false);
    }

    private ShortRangeFaceDetector(OpenCvModel model, BlazeFaceConfig config, boolean ownsModel) {
        this.model = model;
        this.ownsModel = ownsModel;
        this.translator = new Translator(config, new BlazeFaceDecoder(config));
    }

    /** Loads the model from the store with the default pool size; {@link #close()} releases it. */
    public static ShortRangeFaceDetector load(ModelStore store) {
        OpenCvModel model = new OpenCvModel("face-detection-short-range", store.require(ModelCatalog.FACE_DETECTION_SHORT),
                InferencePools.defaultSize(), null);
        return new ShortRangeFaceDetector(model, BlazeFaceConfig.SHORT_RANGE, true);
    }

    public OpenCvModel model() {
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

    private record Translator(BlazeFaceConfig config, BlazeFaceDecoder decoder) implements NetTranslator<Mat, List<FaceDetection>> {
        @Override
        public Mat preprocess(Mat bgr) {
            Letterbox lb = Letterbox.fit(bgr.cols(), bgr.rows(), config.inputSize());
            try (Mat square = ImageOps.letterbox(bgr, lb)) {
                return ImageOps.blobMinusOneToOne(square);
            }
        }

        @Override
        public List<FaceDetection> postprocess(Mat bgr, List<Mat> outputs) {
            float[] a = ImageOps.floats(outputs.get(0));
            float[] b = ImageOps.floats(outputs.get(1));
            float[] scores = a.length < b.length ? a : b;
            float[] boxes = a.length < b.length ? b : a;
            return decoder.decode(boxes, scores, Letterbox.fit(bgr.cols(), bgr.rows(), config.inputSize()));
        }
    }
}
