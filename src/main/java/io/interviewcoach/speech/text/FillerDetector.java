package io.interviewcoach.speech.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Lexical fillers with simple context rules (docs/scoring.md (speech), "Fillers"): vocal fillers are always
 * fillers; "like", "so", "you know" and "I mean" only where they carry no meaning.
 */
public final class FillerDetector {
    /** Sounds that are never words. */
    public static final Set<String> VOCAL = Set.of("um", "uh", "uhm", "umm", "uhh", "er", "erm", "ah", "ahh", "hmm",
            "hm", "mm", "mmm", "eh");

    private static final Set<String> LIKE_VERB_BEFORE = Set.of("i", "you", "we", "they", "would", "i'd", "you'd",
            "we'd", "they'd", "he'd", "she'd", "to", "do", "does", "did", "don't", "doesn't", "didn't", "really", "also",
            "not", "still", "always", "never", "might", "will", "i'll", "we'll", "you'll", "they'll", "wouldn't", "could",
            "should", "who", "people", "actually");
    private static final Set<String> COPULA = Set.of("was", "were", "is", "am", "are", "i'm", "he's", "she's",
            "they're", "we're", "you're", "be", "been");
    private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "this", "that", "these", "those", "my",
            "your", "his", "her", "our", "their", "its", "it", "him", "them", "me", "us");
    private static final Set<String> NUMBER_WORDS = Set.of("one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven", "twelve", "fifteen", "twenty", "thirty", "forty", "fifty", "sixty",
            "seventy", "eighty", "ninety", "hundred", "thousand", "million", "half", "a");
    private static final Set<String> YOU_KNOW_OBJECT = Set.of("that", "what", "how", "why", "where", "who", "when",
            "whether", "if", "the", "a", "an", "this", "it", "him", "her", "them", "about", "me", "my", "your", "his",
            "their", "our", "anything", "something", "everyone", "everybody", "nothing", "more");
    private static final Set<String> YOU_KNOW_QUESTION_BEFORE = Set.of("do", "did", "don't", "didn't", "if", "would",
            "could", "will", "as", "let", "what");
    private static final Set<String> I_MEAN_CLAUSE_BEFORE = Set.of("what", "which", "that", "if", "do", "did", "don't");
    private static final Set<String> I_MEAN_OBJECT_AFTER = Set.of("it", "that", "to", "what", "you", "him", "her",
            "them", "this", "business");

    /** Pause after "so"/"like" that marks it as a hesitation rather than a connective, seconds. */
    static final double HESITATION_PAUSE_SEC = 0.3;
    /** Pause after "like" long enough to make it a filler wherever it stands. */
    static final double LIKE_PAUSE_SEC = 0.5;

    public List<Span> detect(TokenSequence t) {
        List<Span> out = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            String w = t.norm(i);
            if (VOCAL.contains(w)) {
                out.add(new Span(i, i + 1, w));
            } else if (t.matches(i, "you", "know") && youKnowIsFiller(t, i)) {
                out.add(new Span(i, i + 2, "you know"));
                i++;
            } else if (t.matches(i, "i", "mean") && iMeanIsFiller(t, i)) {
                out.add(new Span(i, i + 2, "i mean"));
                i++;
            } else if (w.equals("like") && likeIsFiller(t, i)) {
                out.add(new Span(i, i + 1, "like"));
            } else if (w.equals("so") && soIsFiller(t, i)) {
                out.add(new Span(i, i + 1, "so"));
            }
        }
        return out;
    }

    static boolean likeIsFiller(TokenSequence t, int i) {
        String before = t.norm(i - 1);
        String after = t.norm(i + 1);
        if (LIKE_VERB_BEFORE.contains(before) && !t.commaAfter(i - 1)) {
            return false; // "I like", "would like", "to like": the verb
        }
        if (t.commaAfter(i - 1) && t.commaAfter(i)) {
            return true; // ", like,"
        }
        if (t.sentenceStart(i)) {
            return true; // "Like, I never…"
        }
        if (COPULA.contains(before) && !DETERMINERS.contains(after)) {
            return true; // quotative "she was like" (but "it was like a dream" is a comparison)
        }
        if (t.commaAfter(i) || t.pauseAfter(i) > LIKE_PAUSE_SEC || VOCAL.contains(after)) {
            return true; // "it was, like… huge", "like, um"
        }
        // approximator before a number: "like five people", "like 20 minutes"
        return !after.isEmpty() && (Character.isDigit(after.charAt(0)) || (NUMBER_WORDS.contains(after)
                && !after.equals("a")));
    }

    static boolean soIsFiller(TokenSequence t, int i) {
        boolean hesitation = t.commaAfter(i) || t.pauseAfter(i) > HESITATION_PAUSE_SEC || VOCAL.contains(t.norm(i + 1))
                || (t.endsSentence(i) && i + 1 < t.size());
        if (t.sentenceStart(i) && hesitation) {
            return true; // "So, …", "So… um"
        }
        return t.commaAfter(i - 1) && t.commaAfter(i); // ", so,"
    }

    static boolean youKnowIsFiller(TokenSequence t, int i) {
        String before = t.norm(i - 1);
        String after = t.norm(i + 2);
        if (YOU_KNOW_QUESTION_BEFORE.contains(before) && !t.commaAfter(i - 1)) {
            return false; // "do you know", "as you know", "if you know"
        }
        if (t.commaAfter(i + 1) || t.endsSentence(i + 1) || t.pauseAfter(i + 1) > HESITATION_PAUSE_SEC
                || i + 2 >= t.size()) {
            return true; // "…, you know, …", "you know." at the end
        }
        return !YOU_KNOW_OBJECT.contains(after); // "you know the answer" has an object
    }

    static boolean iMeanIsFiller(TokenSequence t, int i) {
        String before = t.norm(i - 1);
        if (I_MEAN_CLAUSE_BEFORE.contains(before) && !t.commaAfter(i - 1)) {
            return false; // "what I mean is"
        }
        if (t.commaAfter(i + 1) || t.pauseAfter(i + 1) > HESITATION_PAUSE_SEC) {
            return true;
        }
        return !I_MEAN_OBJECT_AFTER.contains(t.norm(i + 2)); // "I mean it", "I mean to"
    }
}
