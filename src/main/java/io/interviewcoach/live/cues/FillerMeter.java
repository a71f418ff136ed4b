package io.interviewcoach.live.cues;

import io.interviewcoach.fusion.WindowResults;

/**
 * Fillers per minute of speaking over the trailing span. A window counts the recognizer's lexical fillers or the
 * voice analyzer's acoustic filled pauses, whichever is more: live, an "um" the recognizer wrote down is usually
 * also heard acoustically, and adding both would count it twice (the report merges them by time at the end).
 */
final class FillerMeter {
    private record Fillers(double speakingSec, int count) {}

    private final CueSettings.Fillers settings;
    private final TrailingSpan<Fillers> span;

    FillerMeter(CueSettings.Fillers settings) {
        this.settings = settings;
        this.span = new TrailingSpan<>(settings.spanSec());
    }

    /** Fillers per speaking minute as of this window; null when not speaking or the span holds too little speech. */
    Double perMinute(WindowResults r, SpeakingTime speaking) {
        if (r.voice() != null) {
            int lexical = r.speech() == null || r.speech().fillers() == null ? 0 : r.speech().fillers();
            span.add(r.endSec(), new Fillers(speaking.seconds(), Math.max(lexical, r.voice().filledPauses())));
        }
        if (!speaking.speaking()) {
            return null;
        }
        double talkSec = span.sum(Fillers::speakingSec);
        if (talkSec < settings.minSpeakingSec()) {
            return null;
        }
        return span.sum(Fillers::count) / talkSec * 60;
    }

    void clear() {
        span.clear();
    }
}
