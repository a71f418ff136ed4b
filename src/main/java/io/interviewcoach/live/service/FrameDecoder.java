package io.interviewcoach.live.service;

import static org.bytedeco.opencv.global.opencv_core.CV_8UC1;
import static org.bytedeco.opencv.global.opencv_imgcodecs.IMREAD_COLOR;
import static org.bytedeco.opencv.global.opencv_imgcodecs.imdecode;
import static org.bytedeco.opencv.global.opencv_imgproc.INTER_AREA;
import static org.bytedeco.opencv.global.opencv_imgproc.resize;

import org.bytedeco.javacpp.BytePointer;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Size;

import io.interviewcoach.live.protocol.ErrorCode;
import io.interviewcoach.live.protocol.ProtocolException;
import io.interviewcoach.media.VideoFrame;

/** JPEG bytes to a BGR {@link VideoFrame}, scaled down to the session's largest frame side. Blocking: not on an event loop. */
final class FrameDecoder {
    private FrameDecoder() {
    }

    static VideoFrame decode(byte[] jpeg, double timeSec, int maxSide) {
        try (BytePointer bytes = new BytePointer(jpeg);
                Mat buffer = new Mat(1, jpeg.length, CV_8UC1, bytes);
                Mat decoded = imdecode(buffer, IMREAD_COLOR)) {
            if (decoded == null || decoded.empty() || decoded.channels() != 3) {
                throw new ProtocolException(ErrorCode.malformed, null, "a video frame is not a decodable JPEG");
            }
            int longSide = Math.max(decoded.cols(), decoded.rows());
            if (longSide <= maxSide) {
                return toFrame(decoded, timeSec);
            }
            double scale = maxSide / (double) longSide;
            try (Mat small = new Mat();
                    Size size = new Size(Math.max(1, (int) Math.round(decoded.cols() * scale)),
                            Math.max(1, (int) Math.round(decoded.rows() * scale)))) {
                resize(decoded, small, size, 0, 0, INTER_AREA);
                return toFrame(small, timeSec);
            }
        }
    }

    private static VideoFrame toFrame(Mat bgr, double timeSec) {
        Mat continuous = bgr.isContinuous() ? bgr : bgr.clone();
        try {
            byte[] pixels = new byte[continuous.cols() * continuous.rows() * 3];
            continuous.data().get(pixels);
            return new VideoFrame(timeSec, continuous.cols(), continuous.rows(), pixels);
        } finally {
            if (continuous != bgr) {
                continuous.close();
            }
        }
    }
}
