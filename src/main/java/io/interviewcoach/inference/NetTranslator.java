package io.interviewcoach.inference;

import java.util.List;

import org.bytedeco.opencv.opencv_core.Mat;

/**
 * Pre- and post-processing of one OpenCV DNN model, kept apart from the net that runs it (DJL's
 * Translator idea). {@code preprocess} builds the input blob; {@code postprocess} reads the outputs,
 * in the order of {@link OpenCvModel#outputNames()}.
 */
public interface NetTranslator<I, O> {
    Mat preprocess(I input);

    O postprocess(I input, List<Mat> outputs);
}
