package io.interviewcoach.analysis;

import io.interviewcoach.face.FaceSettings;
import io.interviewcoach.fusion.FusionSettings;
import io.interviewcoach.pose.PoseSettings;
import io.interviewcoach.speech.SpeechSettings;
import io.interviewcoach.voice.VoiceSettings;

/** The tunable settings of every analyzer and of fusion. */
public record AnalyzerSettings(FaceSettings face, PoseSettings pose, VoiceSettings voice, SpeechSettings speech,
        FusionSettings fusion) {
    public static AnalyzerSettings defaults() {
        return new AnalyzerSettings(FaceSettings.defaults(), PoseSettings.defaults(), VoiceSettings.defaults(),
                SpeechSettings.defaults(), FusionSettings.defaults());
    }

    public AnalyzerSettings withFusion(FusionSettings f) {
        return new AnalyzerSettings(face, pose, voice, speech, f);
    }
}
