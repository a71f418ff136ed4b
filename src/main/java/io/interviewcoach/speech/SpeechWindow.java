package io.interviewcoach.speech;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What the speech analyzer knows about one window (report timeline): the words that start in it, the speaking
 * rate over the trailing {@link SpeechSettings#trailingRateSec()} seconds, lexical fillers among the words, and
 * their text. With a live recognizer the words of an utterance are final only once it ends, so the latest windows
 * count the recognizer's current hypothesis and {@code partialText} carries the utterance in progress.
 * All null when there is no transcript source.
 */
public record SpeechWindow(
        Integer words,
        Double wordsPerMinute,
        Integer fillers,
        String text,
        @JsonInclude(JsonInclude.Include.NON_NULL) String partialText) {

    public static SpeechWindow unavailable() {
        return new SpeechWindow(null, null, null, null, null);
    }
}
