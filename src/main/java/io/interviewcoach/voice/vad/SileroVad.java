package io.interviewcoach.voice.vad;

import java.nio.file.Path;

import io.interviewcoach.inference.OnnxModel;

/**
 * Silero VAD v5 (ONNX, run by ONNX Runtime): speech probability of each 32 ms chunk at 16 kHz.
 * The model is stateless between calls except for the recurrent state and the 64-sample context that
 * every caller keeps itself in a {@link VadStream}, so one loaded model serves many streams.
 */
public final class SileroVad implements AutoCloseable {
    public static final int SAMPLE_RATE = 16_000;
    /** Samples the v5 graph scores per call at 16 kHz. */
    public static final int CHUNK = 512;
    /** Samples of the previous chunk the v5 graph expects in front of each chunk (the official wrapper does the same). */
    public static final int CONTEXT = 64;
    static final int STATE_SIZE = 2 * 1 * 128;

    private final OnnxModel model;
    private final SileroVadTranslator translator = new SileroVadTranslator();

    public SileroVad(OnnxModel model) {
        this.model = model;
    }

    public static SileroVad load(Path onnxFile, int poolSize) {
        return new SileroVad(new OnnxModel("silero-vad", onnxFile, poolSize));
    }

    public VadStream newStream() {
        return new VadStream(this);
    }

    /** One model call: {@code input} holds CONTEXT + CHUNK samples; {@code state} is read and replaced. */
    float score(float[] input, float[] state) {
        SileroVadTranslator.Result r = model.predict(new SileroVadTranslator.Input(input, state), translator);
        System.arraycopy(r.state(), 0, state, 0, STATE_SIZE);
        return r.probability();
    }

    public OnnxModel model() {
        return model;
    }

    @Override
    public void close() {
        model.close();
    }
}
