package io.interviewcoach.fusion;

import io.interviewcoach.face.FaceMetrics;
import io.interviewcoach.pose.PostureMetrics;
import io.interviewcoach.fusion.Metrics;
import io.interviewcoach.speech.SpeechMetrics;
import io.interviewcoach.voice.VoiceMetrics;

/** Realistic whole-recording metrics of a 2-minute practice answer, to vary one field at a time. */
public final class SampleMetrics {
    private SampleMetrics() {
    }

    public static FaceMetrics face(double eyeContactRatio) {
        return new FaceMetrics(0.97, eyeContactRatio, null, 17.0, 2, 0.22, 64.0, 71.0, null, null, null, null, null, null, null, null, null);
    }

    public static PostureMetrics posture() {
        return new PostureMetrics(0.95, 82.0, 76.0, 80.0, 78.0, 68.0, 55.0, null, null, null, null, null, null, null);
    }

    public static VoiceMetrics voice() {
        return new VoiceMetrics(0.74, 128.0, 3.4, 72.0, 81.0, 24, 3, 3.6, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    public static SpeechMetrics speech(double fillersPerMin) {
        return new SpeechMetrics(148.0, fillersPerMin, 0.72, 1.5, 74.0, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    public static Metrics typical() {
        return new Metrics(face(0.72), posture(), voice(), speech(1.0));
    }
}
