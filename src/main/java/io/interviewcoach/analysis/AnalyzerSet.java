package io.interviewcoach.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.jboss.logging.Logger;

import io.interviewcoach.face.FaceAnalyzer;
import io.interviewcoach.face.FaceSummary;
import io.interviewcoach.pipeline.StreamAnalyzer;
import io.interviewcoach.pose.PoseAnalyzer;
import io.interviewcoach.pose.PoseSummary;
import io.interviewcoach.speech.SpeechAnalyzer;
import io.interviewcoach.speech.SpeechSummary;
import io.interviewcoach.voice.VoiceAnalyzer;
import io.interviewcoach.voice.VoiceSummary;

/**
 * The analyzers of one stream (a recording or a live session); null for one that does not apply (no video:
 * no face and pose; no audio: no voice and speech). Window results come in {@link #asList()} order.
 */
public record AnalyzerSet(FaceAnalyzer face, PoseAnalyzer pose, VoiceAnalyzer voice, SpeechAnalyzer speech)
        implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(AnalyzerSet.class);

    public List<StreamAnalyzer<?, ?>> asList() {
        List<StreamAnalyzer<?, ?>> list = new ArrayList<>(4);
        for (StreamAnalyzer<?, ?> a : new StreamAnalyzer<?, ?>[] {face, pose, voice, speech}) {
            if (a != null) {
                list.add(a);
            }
        }
        return list;
    }

    /**
     * Summaries of the whole stream; voice ends first because speech merges its acoustic filled pauses. An
     * analyzer that fails here loses only its own summary (null), and {@code failures} says which.
     */
    public Summaries finish() {
        List<String> failures = new ArrayList<>();
        FaceSummary f = finish("face", face == null ? null : face::finish, failures);
        PoseSummary p = finish("posture", pose == null ? null : pose::finish, failures);
        VoiceSummary v = finish("voice", voice == null ? null : voice::finish, failures);
        SpeechSummary s = finish("speech", speech == null ? null
                : () -> speech.finish(v == null ? List.of() : v.filledPauses()), failures);
        return new Summaries(f, p, v, s, failures);
    }

    private static <S> S finish(String name, Supplier<S> summary, List<String> failures) {
        if (summary == null) {
            return null;
        }
        try {
            return summary.get();
        } catch (RuntimeException e) {
            LOG.errorf(e, "the %s analysis could not be summarised", name);
            failures.add("The " + name + " analysis failed at the end (" + e + "); its metrics are missing.");
            return null;
        }
    }

    /** Frees native resources an analyzer may hold (a speech recognizer) even when the stream was abandoned. */
    @Override
    public void close() {
        if (speech != null) {
            try {
                speech.close();
            } catch (RuntimeException e) {
                LOG.warnf("could not close the speech recognizer: %s", e.toString());
            }
        }
    }

    public record Summaries(FaceSummary face, PoseSummary pose, VoiceSummary voice, SpeechSummary speech,
            List<String> failures) {}
}
