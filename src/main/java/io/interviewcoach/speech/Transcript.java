package io.interviewcoach.speech;

import java.util.Comparator;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What was said, with word timings. {@code source}: "vosk" (recognized from the audio), "captions" (a WebVTT/SRT
 * file; word timings spread inside each cue) or "json" (a word list with timings). {@code notes}: what the
 * report should say about how the file was read (e.g. its character set was guessed); not part of the JSON.
 */
public record Transcript(String source, String text, List<Word> words, @JsonIgnore List<String> notes) {
    public static final String VOSK = "vosk";
    public static final String CAPTIONS = "captions";
    public static final String JSON = "json";

    public Transcript {
        words = List.copyOf(words);
        notes = notes == null ? List.of() : List.copyOf(notes);
    }

    public Transcript(String source, String text, List<Word> words) {
        this(source, text, words, List.of());
    }

    /** The same transcript with one more note. */
    public Transcript withNote(String note) {
        List<String> more = new java.util.ArrayList<>(notes);
        more.add(note);
        return new Transcript(source, text, words, more);
    }

    /** End of the last word, s; 0 without words. */
    public double endSec() {
        return words.stream().mapToDouble(Word::end).max().orElse(0);
    }

    /** A transcript whose text is its words joined by spaces, words sorted by start time. */
    public static Transcript of(String source, List<Word> words) {
        List<Word> sorted = words.stream().sorted(Comparator.comparingDouble(Word::start)).toList();
        return new Transcript(source, sorted.stream().map(Word::word).collect(Collectors.joining(" ")), sorted);
    }
}
