package io.interviewcoach.voice;

import io.interviewcoach.voice.features.FilledPauseDetector;
import io.interviewcoach.voice.features.FrameAnalyzer;
import io.interviewcoach.voice.features.SyllableNuclei;
import io.interviewcoach.voice.vad.SpeechSegmenter;

/**
 * Everything the voice analysis can be tuned with; {@link #defaults()} are the documented values
 * (docs/scoring.md (voice) explains each one).
 *
 * @param longPauseSec        a pause longer than this is a {@code longPause} event
 * @param monotoneSemitones   pitch spread (SD, semitones) below which speech counts as monotone
 * @param monotoneStretchSec  length of the sliding stretch checked for monotone speech
 * @param clippingLevel       |sample| at or above this counts as clipped
 * @param noiseFloorDb        audio whose loudest window (RMS, dBFS) stays at or below this captured no sound
 */
public record VoiceSettings(
        FrameAnalyzer.FrameSettings frames,
        SpeechSegmenter.Settings vad,
        SyllableNuclei.Settings syllables,
        FilledPauseDetector.Settings filledPauses,
        double longPauseSec,
        double monotoneSemitones,
        double monotoneStretchSec,
        double clippingLevel,
        double noiseFloorDb) {

    public static VoiceSettings defaults() {
        return new VoiceSettings(FrameAnalyzer.FrameSettings.defaults(), SpeechSegmenter.Settings.defaults(),
                SyllableNuclei.Settings.defaults(), FilledPauseDetector.Settings.defaults(), 2.0, 1.5, 10, 0.99, -60);
    }
}
