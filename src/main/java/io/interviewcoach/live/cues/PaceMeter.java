package io.interviewcoach.live.cues;

import io.interviewcoach.fusion.WindowResults;
import io.interviewcoach.speech.SpeechWindow;

/**
 * Speaking rate for pace cues, in words per minute: the recognizer's (partial results) when there is one, else
 * syllable nuclei per speaking second over the trailing span, divided by the syllables per word.
 */
final class PaceMeter {
    record Pace(double wordsPerMinute, String source) {}

    private record Syllables(double speakingSec, int count) {}

    private final CueSettings.Pace settings;
    private final TrailingSpan<Syllables> span;

    PaceMeter(CueSettings.Pace settings) {
        this.settings = settings;
        this.span = new TrailingSpan<>(settings.spanSec());
    }

    /** The rate as of this window; null when the window is not speech or the span holds too little speech. */
    Pace measure(WindowResults r, SpeakingTime speaking) {
        if (r.voice() != null) {
            span.add(r.endSec(), new Syllables(speaking.seconds(), r.voice().syllables()));
        }
        if (!speaking.speaking()) {
            return null;
        }
        SpeechWindow speech = r.speech();
        if (speech != null && speech.wordsPerMinute() != null) {
            return new Pace(speech.wordsPerMinute(), "recognizer");
        }
        double talkSec = span.sum(Syllables::speakingSec);
        if (talkSec < settings.minSpeakingSec()) {
            return null;
        }
        double syllablesPerSec = span.sum(Syllables::count) / talkSec;
        return new Pace(syllablesPerSec * 60 / settings.syllablesPerWord(), "syllable nuclei");
    }

    void clear() {
        span.clear();
    }
}
