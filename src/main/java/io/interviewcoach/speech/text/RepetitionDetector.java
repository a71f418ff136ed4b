package io.interviewcoach.speech.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Disfluent repetitions: a word or a phrase of 2-4 words said twice in a row ("I I", "the the", "we need to we
 * need to"), fillers in between ignored ("I, um, I"); and phrases of three words that recur across the answer.
 */
public final class RepetitionDetector {
    /** Doubled on purpose in ordinary speech. */
    private static final Set<String> INTENDED_DOUBLES = Set.of("had", "that", "very", "really", "no", "bye", "yeah",
            "yes", "ha", "so", "well", "far", "more", "again", "over", "many", "long");
    private static final Set<String> STOPWORDS = Set.of("a", "an", "the", "and", "or", "but", "so", "to", "of", "in",
            "on", "at", "for", "with", "it", "is", "was", "were", "be", "i", "we", "you", "they", "he", "she", "that",
            "this", "my", "our", "me", "us", "do", "did", "had", "have", "as", "by", "from", "not", "just", "there",
            "what", "which", "who", "then", "if", "up", "out", "about", "can", "could", "would", "will", "been", "are",
            "am", "i'm", "it's", "its", "their", "them", "his", "her");

    public record Repetitions(List<Span> words, List<Span> phrases) {
    }

    public record PhraseCount(String phrase, int count) {
    }

    /** Immediate repetitions; spans cover the repeated (second) occurrence. */
    public Repetitions immediate(TokenSequence t, boolean[] filler) {
        List<Integer> idx = contentIndices(t, filler);
        List<Span> phrases = new ArrayList<>();
        List<Span> words = new ArrayList<>();
        int k = 0;
        while (k < idx.size()) {
            int matched = 0;
            for (int n = 4; n >= 2 && matched == 0; n--) {
                if (k + 2 * n <= idx.size() && sameRun(t, idx, k, k + n, n)) {
                    matched = n;
                }
            }
            if (matched > 0) {
                phrases.add(new Span(idx.get(k + matched), idx.get(k + 2 * matched - 1) + 1, phrase(t, idx, k, matched)));
                k += matched;
                continue;
            }
            if (k + 1 < idx.size()) {
                String w = t.norm(idx.get(k));
                if (w.equals(t.norm(idx.get(k + 1))) && !INTENDED_DOUBLES.contains(w) && !w.isEmpty()) {
                    words.add(new Span(idx.get(k + 1), idx.get(k + 1) + 1, w));
                }
            }
            k++;
        }
        return new Repetitions(words, phrases);
    }

    /** Three-word phrases with at least one content word said at least {@code minCount} times, most frequent first. */
    public List<PhraseCount> recurringPhrases(TokenSequence t, boolean[] filler, int minCount) {
        List<Integer> idx = contentIndices(t, filler);
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (int k = 0; k + 3 <= idx.size(); k++) {
            boolean content = false;
            for (int j = k; j < k + 3; j++) {
                content |= !STOPWORDS.contains(t.norm(idx.get(j)));
            }
            if (content) {
                counts.merge(phrase(t, idx, k, 3), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().filter(e -> e.getValue() >= minCount)
                .map(e -> new PhraseCount(e.getKey(), e.getValue()))
                .sorted(Comparator.comparingInt(PhraseCount::count).reversed()).toList();
    }

    private static List<Integer> contentIndices(TokenSequence t, boolean[] filler) {
        List<Integer> idx = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            if (!filler[i] && !t.norm(i).isEmpty()) {
                idx.add(i);
            }
        }
        return idx;
    }

    private static boolean sameRun(TokenSequence t, List<Integer> idx, int a, int b, int n) {
        for (int j = 0; j < n; j++) {
            if (!t.norm(idx.get(a + j)).equals(t.norm(idx.get(b + j)))) {
                return false;
            }
        }
        return true;
    }

    private static String phrase(TokenSequence t, List<Integer> idx, int from, int n) {
        StringBuilder sb = new StringBuilder();
        for (int j = from; j < from + n; j++) {
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(t.norm(idx.get(j)));
        }
        return sb.toString();
    }
}
