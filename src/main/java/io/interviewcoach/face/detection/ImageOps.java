package io.interviewcoach.face.detection;

import static org.bytedeco.opencv.global.opencv_core.CV_32F;
import static org.bytedeco.opencv.global.opencv_core.CV_8UC3;

import org.bytedeco.javacpp.FloatPointer;
import org.bytedeco.opencv.global.opencv_dnn;
import org.bytedeco.opencv.global.opencv_imgproc;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Rect;
import org.bytedeco.opencv.opencv_core.Scalar;
import org.bytedeco.opencv.opencv_core.Size;


/** The few OpenCV image operations the face models share (all native, no per-pixel Java loops). */
public final class ImageOps {
    private ImageOps() {
    }

    /** The frame scaled into a black square of {@code lb.size()} keeping its aspect ratio. */
    public static Mat letterbox(Mat bgr, Letterbox lb) {
        Mat square = new Mat(lb.size(), lb.size(), CV_8UC3, Scalar.all(0));
        try (Rect rect = new Rect(lb.padX(), lb.padY(), lb.scaledWidth(), lb.scaledHeight());
                Mat target = square.apply(rect);
                Size size = new Size(lb.scaledWidth(), lb.scaledHeight())) {
            boolean shrinking = lb.scaledWidth() < bgr.cols();
            opencv_imgproc.resize(bgr, target, size, 0, 0,
                    shrinking ? opencv_imgproc.INTER_AREA : opencv_imgproc.INTER_LINEAR);
        }
        return square;
    }

    /** NCHW float RGB blob scaled to [-1, 1] (BlazeFace's input range). */
    public static Mat blobMinusOneToOne(Mat bgrSquare) {
        try (Size size = new Size(bgrSquare.cols(), bgrSquare.rows()); Scalar mean = Scalar.all(127.5)) {
            return opencv_dnn.blobFromImage(bgrSquare, 1 / 127.5, size, mean, true, false, CV_32F);
        }
    }

    /** NCHW float RGB blob scaled to [0, 1]. */
    public static Mat blobZeroToOne(Mat bgrSquare) {
        try (Size size = new Size(bgrSquare.cols(), bgrSquare.rows()); Scalar mean = Scalar.all(0)) {
            return opencv_dnn.blobFromImage(bgrSquare, 1 / 255.0, size, mean, true, false, CV_32F);
        }
    }

    /** All values of a continuous float Mat. */
    public static float[] floats(Mat mat) {
        float[] out = new float[(int) mat.total() * mat.channels()];
        try (FloatPointer p = new FloatPointer(mat.data())) {
            p.get(out);
        }
        return out;
    }
}
