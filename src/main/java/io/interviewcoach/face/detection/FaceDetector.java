package io.interviewcoach.face.detection;

import java.util.List;

import org.bytedeco.opencv.opencv_core.Mat;

import io.interviewcoach.media.VideoFrame;

/** Finds faces in a frame; boxes and keypoints in frame pixels, best score first. Thread-safe. */
public interface FaceDetector {
    /** @param bgr an 8-bit, 3-channel BGR image (not modified) */
    List<FaceDetection> detect(Mat bgr);

    default List<FaceDetection> detect(VideoFrame frame) {
        try (Mat bgr = frame.toMat()) {
            return detect(bgr);
        }
    }
}
