package io.interviewcoach.speech.text;

import static io.interviewcoach.speech.SpeechFixtures.tokens;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class TextMetricsTest {

    @Test
    void mattrOnKnownTokens() {
        // window shrinks to the 12 words: 3 types / 12 tokens
        assertEquals(0.25, Mattr.of(split("a b c a b c a b c a b c"), 50, 10), 1e-9);
        // every window of 4 holds 4 different words
        assertEquals(1.0, Mattr.of(split("a b c d a b c d e f"), 4, 2), 1e-9);
        // windows of 2 over "a a b b": {a,a}=1/2, {a,b}=2/2, {b,b}=1/2 -> mean 2/3
        assertEquals(2.0 / 3, Mattr.of(split("a a b b"), 2, 2), 1e-9);
        assertNull(Mattr.of(split("only nine words are here so it is null"), 50, 10));
    }

    @Test
    void mattrDoesNotFallWithLengthLikeTtr() {
        // the same 10-word sentence repeated: TTR falls with length, MATTR (window 10) stays
        String sentence = "we built a small tool that saved the team hours ";
        List<String> once = split(sentence.repeat(1));
        List<String> many = split(sentence.repeat(8));
        assertEquals(Mattr.of(once, 10, 10), Mattr.of(many, 10, 10), 1e-9);
    }

    @Test
    void stemmerMeetsCommonForms() {
        assertSameStem("manage", "managed", "managing", "manager", "management", "manages");
        assertSameStem("prioritize", "prioritized", "prioritizing", "prioritizes");
        assertSameStem("deadline", "deadlines");
        assertSameStem("lead", "leads", "leading", "leader", "leadership");
        assertSameStem("communicate", "communication", "communicated");
        assertSameStem("plan", "planned", "planning", "plans");
        assertSameStem("apply", "applied", "applies");
        assertEquals("led", Stemmer.stem("led"));
    }

    @Test
    void hedgesSkipNounKindOf() {
        HedgeDetector hedges = new HedgeDetector();
        TokenSequence t = tokens("I think it was kind of late but what kind of test maybe probably not. I'm not sure");
        List<String> found = hedges.detect(t, List.of()).stream().map(Span::label).toList();
        assertEquals(List.of("i think", "kind of", "maybe", "probably", "i'm not sure"), found);
    }

    @Test
    void immediateRepetitions() {
        RepetitionDetector r = new RepetitionDetector();
        TokenSequence t = tokens("I I think the the plan was we need to we need to ship, I, um, I said very very good");
        boolean[] filler = new boolean[t.size()];
        filler[Arrays.asList(t.words().stream().map(w -> w.word()).toArray()).indexOf("um,")] = true;
        RepetitionDetector.Repetitions reps = r.immediate(t, filler);
        assertEquals(List.of("i", "the", "i"), reps.words().stream().map(Span::label).toList());
        assertEquals(List.of("we need to"), reps.phrases().stream().map(Span::label).toList());
    }

    @Test
    void sentencesFromPunctuationOrPauses() {
        assertEquals(3, SentenceSplitter.split(tokens("We shipped. It worked! Did it scale?"), 0.7).size());
        assertEquals(2, SentenceSplitter.split(tokens("we shipped it / then it worked"), 0.7).size());
    }

    private static void assertSameStem(String... forms) {
        String stem = Stemmer.stem(forms[0]);
        for (String f : forms) {
            assertEquals(stem, Stemmer.stem(f), f + " vs " + forms[0]);
        }
    }

    private static List<String> split(String s) {
        return Arrays.asList(s.trim().split("\\s+"));
    }
}
