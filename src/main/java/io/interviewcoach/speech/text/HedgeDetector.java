package io.interviewcoach.speech.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Hedges: phrases that soften a claim ("I think", "maybe", "kind of"). Words already counted as fillers are
 * skipped, so one word is never both.
 */
public final class HedgeDetector {
    /** Longest phrases first so "i'm not sure" wins over "not sure". */
    private static final List<String[]> PHRASES = List.of(
            p("i'm not sure"), p("i am not sure"), p("more or less"), p("to some extent"), p("i feel like"),
            p("i would say"), p("i'd say"), p("i think"), p("i guess"), p("i suppose"), p("not sure"),
            p("kind of"), p("sort of"), p("it seems"), p("maybe"), p("perhaps"), p("probably"), p("possibly"),
            p("kinda"), p("sorta"), p("somewhat"), p("presumably"));
    /** "what kind of", "the sort of": a noun phrase, not a hedge. */
    private static final Set<String> KIND_NOUN_BEFORE = Set.of("what", "that", "this", "the", "a", "any", "every",
            "some", "which", "same", "different", "all", "one", "no", "other", "each", "those", "these", "its", "our",
            "my", "your", "their", "his", "her", "right", "new", "best", "many");

    private static String[] p(String phrase) {
        return phrase.split(" ");
    }

    public List<Span> detect(TokenSequence t, List<Span> fillers) {
        boolean[] taken = new boolean[t.size()];
        for (Span f : fillers) {
            for (int i = f.from(); i < f.to(); i++) {
                taken[i] = true;
            }
        }
        List<Span> out = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            for (String[] phrase : PHRASES) {
                if (t.matches(i, phrase) && free(taken, i, phrase.length) && isHedge(t, i, phrase)) {
                    out.add(new Span(i, i + phrase.length, String.join(" ", phrase)));
                    i += phrase.length - 1;
                    break;
                }
            }
        }
        return out;
    }

    private static boolean free(boolean[] taken, int from, int len) {
        for (int i = from; i < from + len; i++) {
            if (taken[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean isHedge(TokenSequence t, int i, String[] phrase) {
        String first = phrase[0];
        if ((first.equals("kind") || first.equals("sort")) && KIND_NOUN_BEFORE.contains(t.norm(i - 1))) {
            return false;
        }
        return true;
    }
}
