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
 * @param maxTranscriptBytes    a transcript file larger than this is refused before it is read
 * @param transcriptEndToleranceSec a transcript whose last word ends more than this after the media's end is refused
 */
public record SpeechSettings(
        double trailingRateSec,
        double articulationPauseSec,
        double sentencePauseSec,
        int mattrWindow,
        int minWordsForDiversity,
        double minSpanSec,
        double recognizerChunkSec,
        long maxTranscriptBytes,
        double transcriptEndToleranceSec) {

    public SpeechSettings {
        if (trailingRateSec <= 0 || articulationPauseSec <= 0 || sentencePauseSec <= 0 || mattrWindow < 2
                || minWordsForDiversity < 2 || minSpanSec < 0 || recognizerChunkSec <= 0 || maxTranscriptBytes <= 0
                || !(transcriptEndToleranceSec >= 0)) {
            throw new IllegalArgumentException("invalid speech settings: rates, pauses, chunk and max-transcript-bytes"
                    + " must be > 0, transcript-end-tolerance-sec >= 0, mattrWindow >= 2, minWordsForDiversity >= 2");
        }
    }

    public static SpeechSettings defaults() {
        // 16 MB holds the word list of about a day of speech (Vosk JSON, ~60 bytes a word); 2 s covers a last
        // caption held on screen after the end of the media.
        return new SpeechSettings(5.0, 0.5, 0.7, 50, 10, 2.0, 0.25, 16_000_000, 2.0);
    }
}
