package io.interviewcoach.speech.text;

import java.util.ArrayList;
import java.util.List;

/** Sentences from punctuation when the transcript has any, otherwise from pauses longer than the sentence pause. */
public final class SentenceSplitter {
    private SentenceSplitter() {
    }

    /** Word-index spans of the sentences. */
    public static List<Span> split(TokenSequence t, double sentencePauseSec) {
        boolean punctuated = t.hasSentencePunctuation();
        List<Span> out = new ArrayList<>();
        int from = 0;
        for (int i = 0; i < t.size(); i++) {
            boolean end = i == t.size() - 1
                    || (punctuated ? t.endsSentence(i) : t.pauseAfter(i) > sentencePauseSec);
            if (end) {
                out.add(new Span(from, i + 1, punctuated ? "punctuation" : "pause"));
                from = i + 1;
            }
        }
        return out;
    }
}
