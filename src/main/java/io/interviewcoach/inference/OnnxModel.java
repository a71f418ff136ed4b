package io.interviewcoach.inference;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jboss.logging.Logger;

import ai.djl.Device;
import ai.djl.MalformedModelException;
import ai.djl.Model;
import ai.djl.inference.Predictor;
import ai.djl.ndarray.NDList;
import ai.djl.translate.NoopTranslator;
import ai.djl.translate.TranslateException;

/**
 * An .onnx model run by DJL's OnnxRuntime engine, on the device {@link OnnxDevice} chose (CUDA falls back to the CPU,
 * never a crash). The model is loaded once; predictors (not thread-safe) are pooled. Pre/post-processing lives in an
 * {@link OnnxTranslator} beside each model. With batching configured and a graph that can take a batch
 * ({@link BatchableGraph}), concurrent requests go through one inference together ({@link Batcher}).
 */
public final class OnnxModel implements AutoCloseable {
    static {
        // Never reach out to a model hub or usage tracking: models come from the model store only.
        System.setProperty("offline", "true");
        System.setProperty("ai.djl.offline", "true");
        System.setProperty("OPT_OUT_TRACKING", "true");
    }

    private static final Logger LOG = Logger.getLogger(OnnxModel.class);
    private static final Map<String, String> THREADS = Map.of("interOpNumThreads", "1", "intraOpNumThreads", "1");

    private final String name;
    private final Model model;
    private final Device device;
    private final InstancePool<Predictor<NDList, NDList>> pool;
    private final Batcher<Request<?, ?>, Object> batcher;

    public OnnxModel(String name, Path file, int poolSize) {
        this(name, file, poolSize, OnnxDevice.settings());
    }

    OnnxModel(String name, Path file, int poolSize, InferenceSettings settings) {
        this.name = name;
        byte[] batchable = settings.batching() ? batchableGraph(name, file) : null;
        Model loaded;
        Device on = OnnxDevice.djlDevice();
        try {
            loaded = load(file, batchable, on);
        } catch (ModelLoadException e) {
            if (!on.isGpu()) {
                throw e;
            }
            OnnxDevice.fallBack(name, e.getCause() == null ? e : e.getCause());
            on = Device.cpu();
            loaded = load(file, batchable, on);
        }
        this.model = loaded;
        this.device = on;
        List<Predictor<NDList, NDList>> predictors = new ArrayList<>(poolSize);
        for (int i = 0; i < poolSize; i++) {
            predictors.add(model.newPredictor(new NoopTranslator()));
        }
        this.pool = new InstancePool<>(name, predictors);
        this.batcher = batchable == null ? null
                : BatchStats.register(name, new Batcher<>(settings.batchWindow(), settings.maxBatch(), this::runBatch));
    }

    private static byte[] batchableGraph(String name, Path file) {
        try {
            BatchableGraph.Result r = BatchableGraph.rewrite(Files.readAllBytes(file));
            if (!r.batchable()) {
                LOG.debugf("%s runs one request per inference: %s", name, r.refusal());
            }
            return r.model();
        } catch (IOException e) {
            throw new ModelLoadException(name + ": cannot read " + file + " (" + e.getMessage() + ")", e);
        }
    }

    private Model load(Path file, byte[] rewritten, Device on) {
        Model m = Model.newInstance(name, on, "OnnxRuntime");
        try {
            if (rewritten != null) {
                m.load(new ByteArrayInputStream(rewritten), THREADS);
            } else {
                m.load(file, null, THREADS);
            }
            return m;
        } catch (IOException | MalformedModelException | RuntimeException e) {
            m.close();
            throw new ModelLoadException(name + ": ONNX Runtime could not load " + file + " on " + on + " (" + e.getMessage() + ")", e);
        }
    }

    public String name() {
        return name;
    }

    /** The device this model's sessions run on ({@code cpu()} or {@code gpu(n)}). */
    public Device device() {
        return device;
    }

    /** Whether concurrent requests to this model are batched. */
    public boolean batched() {
        return batcher != null;
    }

    /**
     * Runs the model on raw tensors built by the translator (using the predictor's NDManager) and maps the outputs;
     * tensors are freed when this returns. Blocks the calling thread: call it from the inference pool.
     */
    @SuppressWarnings("unchecked")
    public <I, O> O predict(I input, OnnxTranslator<I, O> translator) {
        if (batcher != null) {
            return (O) batcher.call(new Request<>(input, translator));
        }
        return pool.use(predictor -> run(predictor, input, translator));
    }

    /**
     * Several inputs of one caller through the same translator (the two eyes of a face): one inference together, and
     * with whatever other callers have queued, when the model is batched; one after another otherwise.
     */
    @SuppressWarnings("unchecked")
    public <I, O> List<O> predictAll(List<I> inputs, OnnxTranslator<I, O> translator) {
        if (batcher != null) {
            return (List<O>) batcher.callAll(inputs.stream().<Request<?, ?>>map(i -> new Request<>(i, translator)).toList());
        }
        List<O> out = new ArrayList<>(inputs.size());
        for (I input : inputs) {
            out.add(predict(input, translator));
        }
        return out;
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

    private List<Batcher.Outcome<Object>> runBatch(List<Request<?, ?>> requests) {
        return pool.use(predictor -> {
            try (var manager = model.getNDManager().newSubManager()) {
                return new BatchRun(name, predictor, manager).run(requests);
            }
        });
    }

    /** Frees the predictors once no inference runs on them, and the model only when all of them were freed. */
    @Override
    public void close() {
        if (batcher != null) {
            BatchStats.unregister(batcher);
        }
        if (pool.close(Predictor::close)) {
            model.close();
        }
    }

    /** One caller's input with the translator that turns it into tensors and the outputs into its result. */
    record Request<I, O>(I input, OnnxTranslator<I, O> translator) {
    }
}
