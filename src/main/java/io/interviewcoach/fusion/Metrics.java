package io.interviewcoach.fusion;

import io.interviewcoach.face.FaceMetrics;
import io.interviewcoach.pose.PostureMetrics;
import io.interviewcoach.speech.SpeechMetrics;
import io.interviewcoach.voice.VoiceMetrics;

/** The report's `metrics` section: one record per analyzer, null for an analyzer that did not run. */
public record Metrics(FaceMetrics face, PostureMetrics posture, VoiceMetrics voice, SpeechMetrics speech) {
}
