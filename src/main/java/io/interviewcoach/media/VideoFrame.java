package io.interviewcoach.media;

import static org.bytedeco.opencv.global.opencv_core.CV_8UC3;

import org.bytedeco.opencv.opencv_core.Mat;

/**
 * One decoded video frame in packed BGR (OpenCV's native order), row-major, no padding.
 * Frames are shared read-only between analyzers that run concurrently: never mutate {@code bgr}.
 */
public record VideoFrame(double timeSec, int width, int height, byte[] bgr) {
    public VideoFrame {
        if (bgr.length != width * height * 3) {
            throw new IllegalArgumentException("BGR buffer of " + bgr.length + " bytes does not match " + width + "x" + height);
        }
    }

    /** Copies the pixels into a new native BGR Mat, for OpenCV; the caller closes it. */
    public Mat toMat() {
        Mat mat = new Mat(height, width, CV_8UC3);
        mat.data().put(bgr, 0, bgr.length);
        return mat;
    }
}
