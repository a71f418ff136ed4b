package io.interviewcoach.voice.vad;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import io.interviewcoach.inference.OnnxTranslator;

/** Tensors of Silero VAD v5: in {@code input} [1, 576], {@code state} [2, 1, 128], {@code sr} int64; out {@code output} [1, 1], {@code stateN}. */
final class SileroVadTranslator implements OnnxTranslator<SileroVadTranslator.Input, SileroVadTranslator.Result> {
    record Input(float[] samples, float[] state) {}

    record Result(float probability, float[] state) {}

    @Override
    public NDList preprocess(NDManager manager, Input in) {
        NDArray samples = manager.create(in.samples(), new Shape(1, in.samples().length));
        samples.setName("input");
        NDArray state = manager.create(in.state(), new Shape(2, 1, 128));
        state.setName("state");
        NDArray sr = manager.create((long) SileroVad.SAMPLE_RATE);
        sr.setName("sr");
        return new NDList(samples, state, sr);
    }

    @Override
    public Result postprocess(Input in, NDList out) {
        NDArray prob = out.get("output");
        NDArray state = out.get("stateN");
        if (prob == null) {
            prob = out.get(0);
        }
        if (state == null) {
            state = out.get(1);
        }
        return new Result(prob.toFloatArray()[0], state.toFloatArray());
    }
}
