package io.interviewcoach.pose.landmark;

import java.nio.file.Path;

import org.bytedeco.opencv.opencv_core.Mat;

import io.interviewcoach.inference.OpenCvModel;

/**
 * The BlazePose landmark model (lite or full) on OpenCV DNN: one call = warp the ROI, run, map the 33+2
 * landmarks back to frame pixels. Thread-safe (pooled nets); load once per process.
 */
public final class PoseLandmarkModel implements AutoCloseable {
    private final OpenCvModel model;
    private final PoseLandmarkTranslator translator = new PoseLandmarkTranslator();

    public PoseLandmarkModel(String name, Path file, int poolSize) {
        this.model = new OpenCvModel(name, file, poolSize, PoseLandmarkTranslator.OUTPUTS);
    }

    public String name() {
        return model.name();
    }

    /** Raw model call (crop + inference + decode), also what {@code bench vision} times. */
    public PoseLandmarks predict(Mat frameBgr, Roi roi) {
        return model.predict(new PoseLandmarkTranslator.Request(frameBgr, roi), translator);
    }

    @Override
    public void close() {
        model.close();
    }
}
