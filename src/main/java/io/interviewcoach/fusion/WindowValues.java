package io.interviewcoach.fusion;

import java.util.LinkedHashMap;
import java.util.Map;

import io.interviewcoach.face.FaceWindow;
import io.interviewcoach.pose.PoseWindow;
import io.interviewcoach.speech.SpeechWindow;
import io.interviewcoach.voice.VoiceWindow;

/**
 * A minimal view of one timeline window: start, end and its numeric fields (booleans as 0/1, absent or null
 * fields left out). Fusion uses it only to point at the worst stretches of the recording; the HTML report reads the same view
 * back from a report file (report.html.TimelineValues).
 */
public record WindowValues(double t, double end, Map<String, Double> values) {

    public WindowValues {
        values = values == null ? Map.of() : Map.copyOf(values);
    }

    public Double get(String field) {
        return values.get(field);
    }

    /**
     * The numeric view of one window's typed results, under the report timeline's field names (booleans as 0/1,
     * unmeasured values left out).
     */
    public static WindowValues of(WindowResults r) {
        Map<String, Double> v = new LinkedHashMap<>();
        FaceWindow f = r.face();
        if (f != null) {
            put(v, "faceVisible", f.faceVisible());
            put(v, "faceVisibleRatio", f.visibleRatio());
            put(v, "eyeContact", f.eyeContact());
            put(v, "headYawDeg", f.headYawDeg());
            put(v, "headPitchDeg", f.headPitchDeg());
            put(v, "smile", f.smile());
            put(v, "blinks", f.blinks() == null ? null : f.blinks().doubleValue());
        }
        PoseWindow p = r.pose();
        if (p != null) {
            put(v, "poseVisible", p.poseVisible());
            put(v, "poseVisibleRatio", p.visibleRatio());
            put(v, "postureScore", p.postureScore());
            put(v, "fidgetLevel", p.fidgetLevel());
        }
        VoiceWindow a = r.voice();
        if (a != null) {
            put(v, "speechRatio", a.speechRatio());
            put(v, "pitchHz", a.pitchHz());
            put(v, "loudnessDb", a.loudnessDb());
            put(v, "syllables", (double) a.syllables());
            put(v, "filledPauses", (double) a.filledPauses());
        }
        SpeechWindow s = r.speech();
        if (s != null) {
            put(v, "words", s.words() == null ? null : s.words().doubleValue());
            put(v, "wordsPerMinute", s.wordsPerMinute());
            put(v, "fillers", s.fillers() == null ? null : s.fillers().doubleValue());
        }
        return new WindowValues(r.startSec(), r.endSec(), v);
    }

    private static void put(Map<String, Double> into, String name, Boolean value) {
        if (value != null) {
            into.put(name, value ? 1.0 : 0.0);
        }
    }

    private static void put(Map<String, Double> into, String name, Double value) {
        if (value != null && !value.isNaN() && !value.isInfinite()) {
            into.put(name, value);
        }
    }
}
