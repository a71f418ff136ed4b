package io.interviewcoach.pose.landmark;

import static org.bytedeco.opencv.global.opencv_core.BORDER_CONSTANT;
import static org.bytedeco.opencv.global.opencv_core.CV_32F;
import static org.bytedeco.opencv.global.opencv_core.CV_64F;
import static org.bytedeco.opencv.global.opencv_imgproc.INTER_LINEAR;
import static org.bytedeco.opencv.global.opencv_imgproc.WARP_INVERSE_MAP;
import static org.bytedeco.opencv.global.opencv_imgproc.warpAffine;

import java.util.ArrayList;
import java.util.List;

import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.javacpp.FloatPointer;
import org.bytedeco.opencv.global.opencv_dnn;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Scalar;
import org.bytedeco.opencv.opencv_core.Size;

import io.interviewcoach.inference.NetTranslator;

/**
 * BlazePose landmark model I/O. Input: the rotated square ROI warped to 256x256, RGB in [0,1], NCHW (OpenCV's
 * TFLite importer transposes the NHWC graph; an NHWC blob is rejected). Outputs used (checked by shape):
 * {@code Identity} [1,195] = 39 x (x, y, z, visibility logit, presence logit) in input pixels, and
 * {@code Identity_1} [1,1] = pose presence. Segmentation ({@code Identity_2}), heatmap ({@code Identity_3})
 * and world landmarks ({@code Identity_4}) are not read.
 */
public final class PoseLandmarkTranslator implements NetTranslator<PoseLandmarkTranslator.Request, PoseLandmarks> {
    public static final int INPUT_SIZE = 256;
    public static final List<String> OUTPUTS = List.of("Identity", "Identity_1");
    private static final int VALUES_PER_POINT = 5;
    private static final int MODEL_POINTS = 39;

    /** The frame (packed BGR, 8-bit, 3 channels) and the region to look at. */
    public record Request(Mat frameBgr, Roi roi) {
    }

    @Override
    public Mat preprocess(Request request) {
        double[] m = request.roi().inputToFrame(INPUT_SIZE);
        Mat affine = new Mat(2, 3, CV_64F);
        new DoublePointer(affine.data()).put(m);
        Mat crop = new Mat();
        warpAffine(request.frameBgr(), crop, affine, new Size(INPUT_SIZE, INPUT_SIZE), INTER_LINEAR | WARP_INVERSE_MAP,
                BORDER_CONSTANT, new Scalar(0.0));
        return opencv_dnn.blobFromImage(crop, 1.0 / 255.0, new Size(INPUT_SIZE, INPUT_SIZE), new Scalar(0.0), true, false, CV_32F);
    }

    @Override
    public PoseLandmarks postprocess(Request request, List<Mat> outputs) {
        float[] raw = read(outputs.get(0), MODEL_POINTS * VALUES_PER_POINT);
        float presence = read(outputs.get(1), 1)[0];
        return toFrame(raw, presence, request.roi());
    }

    static PoseLandmarks toFrame(float[] raw, float presence, Roi roi) {
        double[] m = roi.inputToFrame(INPUT_SIZE);
        double zScale = roi.side() / INPUT_SIZE;
        List<Landmark> points = new ArrayList<>(BodyPoint.ALL_COUNT);
        for (int i = 0; i < BodyPoint.ALL_COUNT; i++) {
            int o = i * VALUES_PER_POINT;
            double u = raw[o];
            double v = raw[o + 1];
            points.add(new Landmark(m[0] * u + m[1] * v + m[2], m[3] * u + m[4] * v + m[5], raw[o + 2] * zScale,
                    sigmoid(raw[o + 3]), sigmoid(raw[o + 4])));
        }
        return new PoseLandmarks(points, clamp01(presence), roi);
    }

    private static float[] read(Mat mat, int n) {
        if (mat.total() < n || mat.depth() != CV_32F) {
            throw new IllegalStateException("pose landmark output has " + mat.total() + " values of depth " + mat.depth()
                    + ", expected at least " + n + " floats");
        }
        float[] out = new float[n];
        new FloatPointer(mat.data()).get(out);
        return out;
    }

    static double sigmoid(double x) {
        return 1.0 / (1.0 + Math.exp(-x));
    }

    private static double clamp01(double v) {
        return Double.isNaN(v) ? 0.0 : Math.max(0.0, Math.min(1.0, v));
    }
}
