package io.interviewcoach.live.cues;

import io.interviewcoach.fusion.WindowResults;
import io.interviewcoach.stats.RunningStats;

/**
 * How much the voice's pitch moves: the standard deviation, in semitones, of the speaking windows' median pitch
 * over the trailing span. Window medians vary less than single frames, so this reads lower than the report's
 * frame-based pitch variation.
 */
final class ToneMeter {
    private record Pitch(double speakingSec, double semitones) {}

    private static final double REFERENCE_HZ = 100;
    private final CueSettings.Tone settings;
    private final TrailingSpan<Pitch> span;

    ToneMeter(CueSettings.Tone settings) {
        this.settings = settings;
        this.span = new TrailingSpan<>(settings.spanSec());
    }

    /** The spread as of this window; null when the window is not speech or the span holds too little voiced speech. */
    Double spreadSemitones(WindowResults r, SpeakingTime speaking) {
        if (!speaking.speaking() || r.voice().pitchHz() == null) {
            return null;
        }
        span.add(r.endSec(), new Pitch(speaking.seconds(),
                12 * Math.log(r.voice().pitchHz() / REFERENCE_HZ) / Math.log(2)));
        if (span.sum(Pitch::speakingSec) < settings.minSpeakingSec()) {
            return null;
        }
        RunningStats stats = new RunningStats();
        span.values().forEach(p -> stats.add(p.semitones()));
        return stats.sd();
    }

    void clear() {
        span.clear();
    }
}
