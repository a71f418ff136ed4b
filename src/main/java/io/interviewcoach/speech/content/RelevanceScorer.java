package io.interviewcoach.speech.content;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.interviewcoach.speech.Word;
import io.interviewcoach.speech.text.Stemmer;
import io.interviewcoach.speech.text.TokenSequence;

/**
 * Lexical relevance of an answer to a question's talking points: each keyword concept is heard when any of its
 * words or phrases occurs in the answer after suffix stemming (Stemmer). A talking point is fully covered by two
 * distinct concepts (or all of them when it has fewer); the score is the mean coverage × 100.
 */
public final class RelevanceScorer {
    /** Concepts that fully cover one talking point. */
    public static final int CONCEPTS_TO_COVER = 2;

    public record Relevance(double score, List<TalkingPointCoverage> talkingPoints) {
    }

    /**
     * How much of the question's talking points a written text covers (e.g. a job description, to put the questions
     * it asks about first): the same matching as for a spoken answer, over the text's words.
     */
    public Relevance scoreText(String text, Question question) {
        List<Word> words = new ArrayList<>();
        for (String w : text.strip().split("\\s+")) {
            if (!w.isEmpty()) {
                words.add(new Word(w, words.size(), words.size(), null, false));
            }
        }
        return score(new TokenSequence(words, 1.0), new boolean[words.size()], question);
    }

    public Relevance score(TokenSequence t, boolean[] filler, Question question) {
        List<Integer> idx = new ArrayList<>();
        List<String> stems = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            if (!filler[i] && !t.norm(i).isEmpty()) {
                idx.add(i);
                stems.add(Stemmer.stem(t.norm(i)));
            }
        }
        List<TalkingPointCoverage> points = new ArrayList<>();
        double sum = 0;
        for (TalkingPoint p : question.talkingPoints()) {
            List<KeywordMatch> matched = new ArrayList<>();
            List<String> missing = new ArrayList<>();
            Set<Integer> used = new HashSet<>();
            for (List<String> concept : p.keywords()) {
                KeywordMatch m = find(t, idx, stems, concept, used);
                if (m != null) {
                    matched.add(m);
                    used.add(m.wordIndex());
                } else {
                    missing.add(concept.get(0));
                }
            }
            double need = Math.min(CONCEPTS_TO_COVER, p.keywords().size());
            double coverage = Math.min(1.0, matched.size() / need);
            sum += coverage;
            points.add(new TalkingPointCoverage(p.point(), coverage, matched, missing));
        }
        double score = points.isEmpty() ? 0 : Math.round(1000.0 * sum / points.size()) / 10.0;
        return new Relevance(score, points);
    }

    /** The earliest occurrence of any of the concept's forms at a word no other concept of the point took. */
    private static KeywordMatch find(TokenSequence t, List<Integer> idx, List<String> stems, List<String> concept,
            Set<Integer> used) {
        KeywordMatch best = null;
        for (String alternative : concept) {
            String[] parts = alternative.trim().split("\\s+");
            String[] want = new String[parts.length];
            for (int k = 0; k < parts.length; k++) {
                want[k] = Stemmer.stem(TokenSequence.normalize(parts[k]));
            }
            for (int s = 0; s + want.length <= stems.size(); s++) {
                if (matchesAt(stems, s, want) && !used.contains(idx.get(s))) {
                    int wordIndex = idx.get(s);
                    if (best == null || wordIndex < best.wordIndex()) {
                        best = new KeywordMatch(concept.get(0), alternative, wordIndex, t.word(wordIndex).start());
                    }
                    break;
                }
            }
        }
        return best;
    }

    private static boolean matchesAt(List<String> stems, int s, String[] want) {
        for (int k = 0; k < want.length; k++) {
            if (!stems.get(s + k).equals(want[k])) {
                return false;
            }
        }
        return true;
    }
}
