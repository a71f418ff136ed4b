package io.interviewcoach.overlay;

import org.bytedeco.opencv.opencv_core.Mat;

import io.interviewcoach.fusion.WindowResults;

/** Draws what one analyzer saw onto a frame of the overlay video. */
public interface OverlayLayer {
    /**
     * @param frame    BGR image to draw on, in the analyzed frame's pixel coordinates
     * @param frameIdx index of the frame inside {@code outcome.window().frames()}
     */
    void draw(Mat frame, WindowResults outcome, int frameIdx);
}
