package io.interviewcoach.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;

import io.interviewcoach.face.FaceAnalyzer;
import io.interviewcoach.fusion.Fusion;
import io.interviewcoach.models.ModelCatalog;
import io.interviewcoach.models.ModelSpec;
import io.interviewcoach.pipeline.RunningStream;
import io.interviewcoach.pose.PoseAnalyzer;
import io.interviewcoach.report.AnalysisInfo.ModelUse;
import io.interviewcoach.speech.SpeechAnalyzer;
import io.interviewcoach.speech.recognition.VoskSpeechModel;
import io.interviewcoach.voice.VoiceAnalyzer;

/**
 * Opens {@link AnalysisSession}s: holds the process's models, the analyzer settings and the inference pool, and
 * creates each stream's own analyzers. Models load on the first session that needs them.
 */
public final class AnalysisSessionFactory {
    private final AnalyzerModels models;
    private final Executor inferencePool;
    private final AnalyzerSettings settings;
    private final String failingAnalyzer;

    public AnalysisSessionFactory(AnalyzerModels models, Executor inferencePool, AnalyzerSettings settings) {
        this(models, inferencePool, settings, null);
    }

    private AnalysisSessionFactory(AnalyzerModels models, Executor inferencePool, AnalyzerSettings settings,
            String failingAnalyzer) {
        this.models = models;
        this.inferencePool = inferencePool;
        this.settings = settings;
        this.failingAnalyzer = failingAnalyzer;
    }

    /**
     * For tests only (package-private): sessions whose analyzer {@code name} (face, posture, voice, speech) throws on
     * every window, to show that the others go on and the report says which failed.
     */
    AnalysisSessionFactory failing(String name) {
        return new AnalysisSessionFactory(models, inferencePool, settings, name);
    }

    public AnalyzerSettings settings() {
        return settings;
    }

    public AnalyzerModels models() {
        return models;
    }

    /**
     * A session for {@code spec}, analysed as {@code stream}. A cancelled stream loads no further model and gets
     * {@link AnalysisCancelledException}.
     */
    public AnalysisSession open(StreamSpec spec, RunningStream stream) {
        List<ModelSpec> used = new ArrayList<>();
        FaceAnalyzer face = null;
        PoseAnalyzer pose = null;
        VoiceAnalyzer voice = null;
        SpeechAnalyzer speech = null;
        if (spec.video()) {
            face = new FaceAnalyzer(models.face(), settings.face());
            used.addAll(List.of(ModelCatalog.FACE_DETECTION_SHORT, ModelCatalog.FACE_DETECTION_FULL,
                    ModelCatalog.FACE_LANDMARK, ModelCatalog.IRIS_LANDMARK));
            throwIfCancelled(stream);
            pose = new PoseAnalyzer(models.pose(spec.poseModel()), settings.pose());
            used.add(spec.poseModel().spec());
        }
        throwIfCancelled(stream);
        if (spec.audio()) {
            voice = new VoiceAnalyzer(models.vad(), settings.voice());
            used.add(ModelCatalog.SILERO_VAD);
        }
        throwIfCancelled(stream);
        if (spec.audio() || spec.transcript() != null) {
            VoskSpeechModel recognizer = spec.transcript() != null ? null : models.vosk().orElse(null);
            if (recognizer != null) {
                used.add(ModelCatalog.VOSK_SMALL_EN);
            }
            speech = SpeechAnalyzer.create(recognizer, spec.transcript(), spec.question(), settings.speech());
        }
        AnalyzerSet analyzers = new AnalyzerSet(face, pose, voice, speech);
        List<ModelUse> uses = used.stream().map(m -> new ModelUse(m.id(), m.version(), m.sha256())).toList();
        return new AnalysisSession(spec, analyzers, uses, inferencePool, new Fusion(settings.fusion()), stream,
                failingAnalyzer);
    }

    static void throwIfCancelled(RunningStream stream) {
        if (stream.cancelled()) {
            throw new AnalysisCancelledException(stream.name());
        }
    }
}
