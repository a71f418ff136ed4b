package io.interviewcoach.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.interviewcoach.face.FaceModels;
import io.interviewcoach.models.ModelCatalog;
import io.interviewcoach.models.ModelStore;
import io.interviewcoach.pose.PoseModels;
import io.interviewcoach.speech.recognition.VoskSpeechModel;
import io.interviewcoach.voice.vad.SileroVad;

/**
 * Every model the analyzers use, each loaded on first need and then shared by all streams of the process
 * (each model keeps its own bounded pool of nets/predictors). A missing model fails with the command that
 * fetches it; the Vosk model alone is optional (speech then needs a transcript). Nothing loaded is freed before
 * {@link #close()}: a stream may still be using it.
 */
public final class AnalyzerModels implements AutoCloseable {
    private final ModelStore store;
    private final int poolSize;
    private FaceModels face;
    private final Map<PoseModels.Variant, PoseModels> pose = new EnumMap<>(PoseModels.Variant.class);
    private SileroVad vad;
    private VoskSpeechModel vosk;
    private boolean voskChecked;
    private boolean closed;

    public AnalyzerModels(ModelStore store, int poolSize) {
        this.store = store;
        this.poolSize = poolSize;
    }

    public ModelStore store() {
        return store;
    }

    public synchronized FaceModels face() {
        ensureOpen();
        if (face == null) {
            face = new FaceModels(store, poolSize);
        }
        return face;
    }

    /** The pose models of one variant, loaded once; streams using either variant may run at the same time. */
    public synchronized PoseModels pose(PoseModels.Variant variant) {
        ensureOpen();
        PoseModels models = pose.get(variant);
        if (models == null) {
            // the pose tracker re-anchors on the face analyzer's short-range detector: one copy of that model
            models = PoseModels.sharingFaceDetector(store, variant, poolSize, face().shortRangeDetector());
            pose.put(variant, models);
        }
        return models;
    }

    public synchronized SileroVad vad() {
        ensureOpen();
        if (vad == null) {
            vad = SileroVad.load(store.require(ModelCatalog.SILERO_VAD), poolSize);
        }
        return vad;
    }

    /** The speech recognizer's model, or empty when it is not installed. */
    public synchronized Optional<VoskSpeechModel> vosk() {
        ensureOpen();
        if (!voskChecked) {
            voskChecked = true;
            if (store.isInstalled(ModelCatalog.VOSK_SMALL_EN)) {
                vosk = VoskSpeechModel.fromStore(store);
            }
        }
        return Optional.ofNullable(vosk);
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
