package io.interviewcoach.inference;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import ai.djl.MalformedModelException;
import ai.djl.inference.Predictor;
import ai.djl.repository.zoo.Criteria;
import ai.djl.repository.zoo.ModelNotFoundException;
import ai.djl.repository.zoo.ZooModel;
import ai.djl.translate.NoopTranslator;
import ai.djl.translate.TranslateException;
import ai.djl.ndarray.NDList;

/**
 * An .onnx model run by DJL's OnnxRuntime engine. The model is loaded once; predictors (not
 * thread-safe) are pooled. Pre/post-processing lives in a DJL {@link ai.djl.translate.Translator}
 * beside each model, or callers use {@link #predictRaw} with a {@link NoopTranslator}.
 */
public final class OnnxModel implements AutoCloseable {
    static {
        // Never reach out to a model hub or usage tracking: models come from the model store only.
        System.setProperty("offline", "true");
        System.setProperty("ai.djl.offline", "true");
        System.setProperty("OPT_OUT_TRACKING", "true");
    }

    private final String name;
    private final ZooModel<NDList, NDList> model;
    private final InstancePool<Predictor<NDList, NDList>> pool;

    public OnnxModel(String name, Path file, int poolSize) {
        this.name = name;
        Criteria<NDList, NDList> criteria = Criteria.builder()
                .setTypes(NDList.class, NDList.class)
                .optModelPath(file)
                .optEngine("OnnxRuntime")
                .optTranslator(new NoopTranslator())
                .optOption("interOpNumThreads", "1")
                .optOption("intraOpNumThreads", "1")
                .build();
        try {
            this.model = criteria.loadModel();
        } catch (IOException | ModelNotFoundException | MalformedModelException | RuntimeException e) {
            throw new ModelLoadException(name + ": ONNX Runtime could not load " + file + " (" + e.getMessage() + ")", e);
        }
        List<Predictor<NDList, NDList>> predictors = new ArrayList<>(poolSize);
        for (int i = 0; i < poolSize; i++) {
            predictors.add(model.newPredictor());
        }
        this.pool = new InstancePool<>(name, predictors);
    }

    public String name() {
        return name;
    }

    public ZooModel<NDList, NDList> model() {
        return model;
    }

    /**
     * Runs the model on raw tensors built by {@code pre} (using the predictor's NDManager) and maps the
     * outputs with {@code post}; tensors are freed when this returns.
     */
    public <I, O> O predict(I input, OnnxTranslator<I, O> translator) {
        return pool.use(predictor -> run(predictor, input, translator));
    }

    private <I, O> O run(Predictor<NDList, NDList> predictor, I input, OnnxTranslator<I, O> translator) {
        try (var manager = model.getNDManager().newSubManager()) {
            NDList in = translator.preprocess(manager, input);
            long t0 = InferenceTimings.start();
            NDList out = predictor.predict(in);
            InferenceTimings.record(name, t0);
            out.attach(manager);
            return translator.postprocess(input, out);
        } catch (TranslateException e) {
            throw new IllegalStateException(name + " inference failed: " + e.getMessage(), e);
        }
    }

    /** Frees the predictors once no inference runs on them, and the model only when all of them were freed. */
    @Override
    public void close() {
        if (pool.close(Predictor::close)) {
            model.close();
        }
    }
}
