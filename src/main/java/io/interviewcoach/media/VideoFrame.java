package io.interviewcoach.media;

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
}
