package io.interviewcoach.inference;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;

/** Pre- and post-processing of one ONNX model, apart from the engine that runs it. */
public interface OnnxTranslator<I, O> {
    NDList preprocess(NDManager manager, I input);

    O postprocess(I input, NDList outputs);
}
