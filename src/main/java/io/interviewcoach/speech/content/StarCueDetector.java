package io.interviewcoach.speech.content;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import io.interviewcoach.speech.text.TokenSequence;

/**
 * Finds cues of the four STAR parts (docs/scoring.md (speech), "STAR cues"): fixed phrases for situation, task and
 * result; for action "I/we" followed by an action verb in the past tense; for result also percentages and numbers
 * right after a result verb ("cut it by 30 percent"). Fillers are skipped, so "I, um, decided" still counts.
 */
public final class StarCueDetector {
    public static final List<String> COMPONENTS = List.of("situation", "task", "action", "result");

    private static final List<String[]> SITUATION = phrases("when i was", "at my previous job", "at my last job",
            "at my previous company", "at my last company", "at my current job", "at my old job", "in my previous role",
            "in my last role", "in my current role", "in my previous job", "in my last job", "in my current job", "during my internship", "last year",
            "last month", "last quarter", "last semester", "a few years ago", "a couple of years ago", "years ago",
            "a year ago", "months ago", "at the time", "back when", "there was a time", "one time", "while i was",
            "i was working", "i worked at", "i worked as", "our team was", "the situation was", "the project was",
            "we were working on", "i was working on");
    private static final List<String[]> TASK = phrases("my goal was", "my responsibility was", "my role was",
            "my job was", "my task was", "my objective was", "i was responsible for", "i was asked to", "i needed to",
            "i had to", "we needed to", "we had to", "the goal was", "the challenge was", "the problem was",
            "the task was", "the aim was", "i was tasked with", "i was in charge of", "i was supposed to",
            "it was my job to", "i wanted to make sure");
    private static final List<String[]> RESULT = phrases("as a result", "which led to", "that led to", "this led to",
            "it led to", "resulted in", "in the end", "ended up", "the result was", "the results were",
            "the outcome was", "we achieved", "i achieved", "i learned", "we learned", "the feedback was",
            "we delivered", "we launched", "we shipped", "on time", "successfully", "we managed to", "i managed to");
    private static final Set<String> RESULT_VERBS = Set.of("reduced", "increased", "improved", "saved", "doubled",
            "tripled", "boosted", "lowered", "decreased", "halved");
    /** Result verbs only when a number follows within four words ("grew by 20 percent", not "I grew up"). */
    private static final Set<String> RESULT_VERBS_WITH_NUMBER = Set.of("grew", "cut", "dropped", "raised", "rose",
            "fell", "went");
    private static final Set<String> IRREGULAR_ACTION = Set.of("built", "led", "made", "took", "wrote", "spoke", "ran",
            "set", "began", "brought", "chose", "drove", "found", "gave", "got", "held", "kept", "met", "put", "sent",
            "sold", "taught", "told", "went", "did", "rebuilt", "rewrote", "split", "sat", "paid", "sought", "fought",
            "broke", "dug", "drew", "shot", "undertook", "oversaw");
    private static final Set<String> NOT_ACTION_ED = Set.of("needed", "wanted", "hoped", "liked", "loved", "hated",
            "wished", "used", "seemed", "noticed", "realized", "realised", "learned", "felt", "expected", "assumed",
            "believed", "supposed", "worried", "enjoyed", "preferred", "appeared", "happened", "tended", "agreed");
    private static final Set<String> ADVERBS = Set.of("then", "also", "immediately", "first", "quickly", "personally",
            "just", "finally", "actually", "eventually", "instead", "even", "really");
    private static final Set<String> NUMBER_WORDS = Set.of("two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten", "twenty", "thirty", "forty", "fifty", "hundred", "thousand", "million", "half");

    private static List<String[]> phrases(String... p) {
        List<String[]> out = new ArrayList<>();
        for (String s : p) {
            out.add(s.split(" "));
        }
        out.sort(Comparator.comparingInt((String[] a) -> a.length).reversed());
        return out;
    }

    public List<StarCue> detect(TokenSequence t, boolean[] filler) {
        List<Integer> idx = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            if (!filler[i] && !t.norm(i).isEmpty()) {
                idx.add(i);
            }
        }
        String[] w = new String[idx.size()];
        for (int k = 0; k < w.length; k++) {
            w[k] = t.norm(idx.get(k));
        }
        List<StarCue> cues = new ArrayList<>();
        int lastResultVerb = -100;
        for (int k = 0; k < w.length; k++) {
            int wordIndex = idx.get(k);
            double time = t.word(wordIndex).start();
            String phrase;
            if ((phrase = match(w, k, SITUATION)) != null) {
                cues.add(new StarCue("situation", phrase, wordIndex, time));
            } else if ((phrase = match(w, k, TASK)) != null) {
                cues.add(new StarCue("task", phrase, wordIndex, time));
            } else if ((phrase = match(w, k, RESULT)) != null) {
                cues.add(new StarCue("result", phrase, wordIndex, time));
            } else if ((phrase = action(w, k)) != null) {
                cues.add(new StarCue("action", phrase, wordIndex, time));
            } else if (RESULT_VERBS.contains(w[k]) || (RESULT_VERBS_WITH_NUMBER.contains(w[k]) && numberWithin(w, k, 4))) {
                cues.add(new StarCue("result", w[k], wordIndex, time));
                lastResultVerb = k;
            } else if (isPercent(w, k) || (isNumber(w[k]) && k - lastResultVerb <= 4)) {
                cues.add(new StarCue("result", isPercent(w, k) ? "percentage" : "number", wordIndex, time));
            }
        }
        return cues;
    }

    public StarAnalysis analyze(TokenSequence t, boolean[] filler, Boolean applies) {
        List<StarCue> cues = detect(t, filler);
        List<String> found = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String c : COMPONENTS) {
            (cues.stream().anyMatch(q -> q.component().equals(c)) ? found : missing).add(c);
        }
        return new StarAnalysis(applies, found, missing, cues);
    }

    private static String match(String[] w, int k, List<String[]> phrases) {
        for (String[] p : phrases) {
            if (k + p.length <= w.length) {
                boolean ok = true;
                for (int j = 0; j < p.length && ok; j++) {
                    ok = w[k + j].equals(p[j]);
                }
                if (ok) {
                    return String.join(" ", p);
                }
            }
        }
        return null;
    }

    private static String action(String[] w, int k) {
        if (!w[k].equals("i") && !w[k].equals("we")) {
            return null;
        }
        int v = k + 1;
        while (v < w.length && v <= k + 2 && ADVERBS.contains(w[v])) {
            v++;
        }
        if (v >= w.length) {
            return null;
        }
        String verb = w[v];
        boolean past = IRREGULAR_ACTION.contains(verb)
                || (verb.endsWith("ed") && verb.length() > 4 && !NOT_ACTION_ED.contains(verb));
        return past ? w[k] + " " + verb : null;
    }

    private static boolean numberWithin(String[] w, int k, int n) {
        for (int j = k + 1; j <= k + n && j < w.length; j++) {
            if (isNumber(w[j]) || isPercent(w, j)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isPercent(String[] w, int k) {
        return (w[k].endsWith("%") && w[k].length() > 1) || w[k].equals("percent")
                || (w[k].equals("per") && k + 1 < w.length && w[k + 1].equals("cent"));
    }

    private static boolean isNumber(String s) {
        return (!s.isEmpty() && Character.isDigit(s.charAt(0))) || NUMBER_WORDS.contains(s);
    }
}
