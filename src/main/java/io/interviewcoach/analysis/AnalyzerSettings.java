package io.interviewcoach.analysis;

import java.util.Map;

import io.interviewcoach.config.CoachConfig;
import io.interviewcoach.config.SettingsOverrides;
import io.interviewcoach.face.FaceSettings;
import io.interviewcoach.fusion.CategoryWeights;
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

    /**
     * The defaults with application.yaml's overrides applied; an invalid key or value is an
     * IllegalArgumentException naming it.
     */
    public static AnalyzerSettings from(CoachConfig config) {
        CoachConfig.Weights w = config.fusion().weights();
        AnalyzerSettings d = defaults();
        FusionSettings fusion = d.fusion().withCategoryWeights(
                new CategoryWeights(w.bodyLanguage(), w.facialExpression(), w.vocalDelivery(), w.speechContent()));
        for (Map.Entry<String, Double> sub : config.fusion().subWeights().entrySet()) {
            fusion = fusion.withSubScoreWeight(sub.getKey(), sub.getValue());
        }
        return new AnalyzerSettings(
                SettingsOverrides.apply("face", d.face(), config.face()),
                SettingsOverrides.apply("pose", d.pose(), config.pose()),
                SettingsOverrides.apply("voice", d.voice(), config.voice()),
                SettingsOverrides.apply("speech", d.speech(), config.speech()),
                fusion);
    }
}
