package io.interviewcoach.speech.content;

/** A keyword concept heard in the answer: the concept's name, the form heard, where (word index, seconds). */
public record KeywordMatch(String concept, String heard, int wordIndex, double time) {
}
