package io.interviewcoach.analysis;

import java.util.ArrayList;
import java.util.List;

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
public record AnalyzerSet(FaceAnalyzer face, PoseAnalyzer pose, VoiceAnalyzer voice, SpeechAnalyzer speech) {

    public List<StreamAnalyzer<?, ?>> asList() {
        List<StreamAnalyzer<?, ?>> list = new ArrayList<>(4);
        for (StreamAnalyzer<?, ?> a : new StreamAnalyzer<?, ?>[] {face, pose, voice, speech}) {
            if (a != null) {
                list.add(a);
            }
        }
        return list;
    }

    /** Summaries of the whole stream; voice ends first because speech merges its acoustic filled pauses. */
    public Summaries finish() {
        FaceSummary f = face == null ? null : face.finish();
        PoseSummary p = pose == null ? null : pose.finish();
        VoiceSummary v = voice == null ? null : voice.finish();
        SpeechSummary s = speech == null ? null : speech.finish(v == null ? List.of() : v.filledPauses());
        return new Summaries(f, p, v, s);
    }

    public record Summaries(FaceSummary face, PoseSummary pose, VoiceSummary voice, SpeechSummary speech) {}
}
