package io.interviewcoach.speech.text;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Moving-average type-token ratio (Covington and McFall 2010): the share of distinct words in every window of
 * {@code window} consecutive words, averaged. Unlike the plain type-token ratio it does not fall just because an
 * answer is longer.
 */
public final class Mattr {
    private Mattr() {
    }

    /** Null below {@code minWords}; with fewer words than the window, the window shrinks to the word count. */
    public static Double of(List<String> tokens, int window, int minWords) {
        int n = tokens.size();
        if (n < minWords) {
            return null;
        }
        int w = Math.min(window, n);
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i < w; i++) {
            counts.merge(tokens.get(i), 1, Integer::sum);
        }
        double sum = counts.size();
        for (int i = w; i < n; i++) {
            counts.merge(tokens.get(i), 1, Integer::sum);
            String out = tokens.get(i - w);
            if (counts.merge(out, -1, Integer::sum) == 0) {
                counts.remove(out);
            }
            sum += counts.size();
        }
        int windows = n - w + 1;
        return sum / windows / w;
    }
}
