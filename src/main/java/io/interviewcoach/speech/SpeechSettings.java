package io.interviewcoach.speech;

/**
 * Tunables of the speech analyzer (docs/scoring.md (speech) explains each).
 *
 * @param trailingRateSec       the live words-per-minute of a window counts the words of this many trailing seconds
 * @param articulationPauseSec  a gap between words longer than this ends a speech run (articulation rate)
 * @param sentencePauseSec      without punctuation, a gap longer than this ends a sentence
 * @param mattrWindow           moving-average type-token ratio window, in words
 * @param minWordsForDiversity  fewer (non-filler) words than this: vocabulary diversity is null
 * @param minSpanSec            a speaking span shorter than this gives null rates (too short to be a rate)
 * @param recognizerChunkSec    audio is fed to the recognizer in pieces of this length (endpoint granularity)
 */
public record SpeechSettings(
        double trailingRateSec,
        double articulationPauseSec,
        double sentencePauseSec,
        int mattrWindow,
        int minWordsForDiversity,
        double minSpanSec,
        double recognizerChunkSec) {

    public SpeechSettings {
        if (trailingRateSec <= 0 || articulationPauseSec <= 0 || sentencePauseSec <= 0 || mattrWindow < 2
                || minWordsForDiversity < 2 || minSpanSec < 0 || recognizerChunkSec <= 0) {
            throw new IllegalArgumentException("invalid speech settings: rates, pauses and chunk must be > 0, mattrWindow >= 2, minWordsForDiversity >= 2");
        }
    }

    public static SpeechSettings defaults() {
        return new SpeechSettings(5.0, 0.5, 0.7, 50, 10, 2.0, 0.25);
    }
}
