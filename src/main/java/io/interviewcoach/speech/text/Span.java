package io.interviewcoach.speech.text;

/** Words [from, to) of a token sequence that form one filler, hedge or cue; {@code label} is the canonical phrase. */
public record Span(int from, int to, String label) {
    public boolean contains(int i) {
        return i >= from && i < to;
    }

    public int length() {
        return to - from;
    }
}
