package io.interviewcoach.face.mesh;

import static org.bytedeco.opencv.global.opencv_core.BORDER_REPLICATE;
import static org.bytedeco.opencv.global.opencv_core.CV_64F;

import org.bytedeco.javacpp.DoublePointer;
import org.bytedeco.opencv.global.opencv_imgproc;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Scalar;
import org.bytedeco.opencv.opencv_core.Size;

/** Cuts a rotated square region out of a frame with one warpAffine. */
final class RoiCrop {
    private RoiCrop() {
    }

    /** @param cropToFrame affine map crop → frame, see {@link FaceRoi#cropToFrame} */
    static Mat crop(Mat bgr, double[] cropToFrame, int outputSize) {
        Mat dst = new Mat();
        try (Mat m = new Mat(2, 3, CV_64F); Size size = new Size(outputSize, outputSize); Scalar border = Scalar.all(0)) {
            try (DoublePointer p = new DoublePointer(m.data())) {
                p.put(cropToFrame);
            }
            opencv_imgproc.warpAffine(bgr, dst, m, size, opencv_imgproc.INTER_LINEAR | opencv_imgproc.WARP_INVERSE_MAP,
                    BORDER_REPLICATE, border);
        }
        return dst;
    }
}
