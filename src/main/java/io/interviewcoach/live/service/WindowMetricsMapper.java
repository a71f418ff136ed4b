package io.interviewcoach.live.service;

import io.interviewcoach.fusion.WindowResults;
import io.interviewcoach.live.protocol.ServerMessage.WindowMetrics;
import io.interviewcoach.measure.Rounding;

/** The live meters of one window, from the analyzers' typed results; null where nothing was measured. */
final class WindowMetricsMapper {
    /** Share of a window marked as speech from which the candidate counts as speaking. */
    static final double SPEAKING_RATIO = 0.3;

    private WindowMetricsMapper() {
    }

    static WindowMetrics of(WindowResults r, Integer fillersSoFar) {
        var face = r.face();
        var pose = r.pose();
        var voice = r.voice();
        var speech = r.speech();
        Double speechRatio = voice == null ? null : voice.speechRatio();
        return new WindowMetrics(
                face == null ? null : Rounding.round(face.eyeContact(), 3),
                face == null ? null : face.faceVisible(),
                pose == null ? null : Rounding.round(pose.postureScore(), 1),
                speechRatio == null ? null : speechRatio >= SPEAKING_RATIO,
                speech == null ? null : Rounding.round(speech.wordsPerMinute(), 1),
                fillersSoFar,
                voice == null ? null : Rounding.round(voice.pitchHz(), 1),
                voice == null ? null : Rounding.round(voice.loudnessDb(), 1));
    }
}
