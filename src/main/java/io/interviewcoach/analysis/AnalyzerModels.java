package io.interviewcoach.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import io.interviewcoach.face.FaceModels;
import io.interviewcoach.models.ModelCatalog;
import io.interviewcoach.models.ModelMissingException;
import io.interviewcoach.models.ModelSpec;
import io.interviewcoach.models.ModelStore;
import io.interviewcoach.pose.PoseModels;
import io.interviewcoach.speech.recognition.VoskSpeechModel;
import io.interviewcoach.voice.vad.SileroVad;

/**
 * Every model the analyzers use, each loaded on first need and then shared by all streams of the process
 * (each model keeps its own bounded pool of nets/predictors). A missing model fails with the command that
 * fetches it; the Vosk model alone is optional (speech then needs a transcript). Nothing loaded is freed before
 * {@link #close()}: a stream may still be using it. A model that fails to load is told to the {@link ModelLoadListener}
 * and tried again by the next caller.
 */
public final class AnalyzerModels implements AutoCloseable {
    private final ModelStore store;
    private final int poolSize;
    private final ModelLoadListener listener;
    private FaceModels face;
    private final Map<PoseModels.Variant, PoseModels> pose = new EnumMap<>(PoseModels.Variant.class);
    private SileroVad vad;
    private VoskSpeechModel vosk;
    private boolean voskChecked;
    private boolean closed;

    public AnalyzerModels(ModelStore store, int poolSize) {
        this(store, poolSize, ModelLoadListener.NONE);
    }

    public AnalyzerModels(ModelStore store, int poolSize, ModelLoadListener listener) {
        this.store = store;
        this.poolSize = poolSize;
        this.listener = listener;
    }

    public ModelStore store() {
        return store;
    }

    public synchronized FaceModels face() {
        ensureOpen();
        if (face == null) {
            face = load(ModelCatalog.FACE_DETECTION_SHORT, () -> new FaceModels(store, poolSize));
        }
        return face;
    }

    /** The pose models of one variant, loaded once; streams using either variant may run at the same time. */
    public synchronized PoseModels pose(PoseModels.Variant variant) {
        ensureOpen();
        PoseModels models = pose.get(variant);
        if (models == null) {
            // the pose tracker re-anchors on the face analyzer's short-range detector: one copy of that model
            var faceDetector = face().shortRangeDetector();
            models = load(variant.spec(), () -> PoseModels.sharingFaceDetector(store, variant, poolSize, faceDetector));
            pose.put(variant, models);
        }
        return models;
    }

    public synchronized SileroVad vad() {
        ensureOpen();
        if (vad == null) {
            vad = load(ModelCatalog.SILERO_VAD, () -> SileroVad.load(store.require(ModelCatalog.SILERO_VAD), poolSize));
        }
        return vad;
    }

    /** The speech recognizer's model, or empty when it is not installed. */
    public synchronized Optional<VoskSpeechModel> vosk() {
        ensureOpen();
        if (!voskChecked) {
            voskChecked = true;
            if (store.isInstalled(ModelCatalog.VOSK_SMALL_EN)) {
                vosk = load(ModelCatalog.VOSK_SMALL_EN, () -> VoskSpeechModel.fromStore(store));
            }
        }
        return Optional.ofNullable(vosk);
    }

    /**
     * Loads with {@code loader}; a failure is told to the listener under the model it names (a missing model's id, or
     * the id an engine's message starts with), else under {@code group}, the first model the loader needs.
     */
    private <T> T load(ModelSpec group, Supplier<T> loader) {
        try {
            return loader.get();
        } catch (RuntimeException e) {
            listener.failed(failedModel(group, e), e);
            throw e;
        }
    }

    static String failedModel(ModelSpec group, RuntimeException e) {
        if (e instanceof ModelMissingException missing && missing.modelId() != null) {
            return missing.modelId();
        }
        String message = e.getMessage() == null ? "" : e.getMessage();
        return ModelCatalog.ids().stream().filter(id -> message.startsWith(id + ":")).findFirst().orElse(group.id());
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("the models were released: the process is stopping");
        }
    }

    /** Frees every loaded model; call only when no stream uses them (see StreamRegistry#idle). */
    @Override
    public synchronized void close() {
        if (closed) { // a second native free would crash the JVM
            return;
        }
        closed = true;
        List<AutoCloseable> all = new ArrayList<>(pose.values()); // pose before face: it shares face's detector
        all.addAll(Arrays.asList(face, vad, vosk));
        for (AutoCloseable c : all) {
            if (c != null) {
                try {
                    c.close();
                } catch (Exception ignored) {
                    // shutting down: native memory goes with the process anyway
                }
            }
        }
    }
}
