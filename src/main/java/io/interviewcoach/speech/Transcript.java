package io.interviewcoach.speech;

import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What was said, with word timings. {@code source}: "vosk" (recognized from the audio), "captions" (a WebVTT/SRT
 * file; word timings spread inside each cue) or "json" (a word list with timings).
 */
public record Transcript(String source, String text, List<Word> words) {
    public static final String VOSK = "vosk";
    public static final String CAPTIONS = "captions";
    public static final String JSON = "json";

    public Transcript {
        words = List.copyOf(words);
    }

    /** A transcript whose text is its words joined by spaces, words sorted by start time. */
    public static Transcript of(String source, List<Word> words) {
        List<Word> sorted = words.stream().sorted(Comparator.comparingDouble(Word::start)).toList();
        return new Transcript(source, sorted.stream().map(Word::word).collect(Collectors.joining(" ")), sorted);
    }
}
