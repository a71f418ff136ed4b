package io.interviewcoach.speech.text;

/**
 * A small suffix stripper, applied the same way to keywords and to answers, so "managed", "managing", "manager"
 * and "manage" meet at "manag". Deliberately simple and predictable; irregular forms ("led"/"lead") are listed as
 * synonyms in the question bank instead.
 */
public final class Stemmer {
    private Stemmer() {
    }

    public static String stem(String word) {
        String w = word.toLowerCase(java.util.Locale.ROOT);
        if (w.endsWith("'s")) {
            w = w.substring(0, w.length() - 2);
        } else if (w.endsWith("s'")) {
            w = w.substring(0, w.length() - 1);
        }
        if (w.length() <= 3) {
            return w;
        }
        w = plural(w);
        w = strip(w, "ied", "y", 3);
        w = strip(w, "ing", "", 3);
        w = strip(w, "ed", "", 3);
        w = strip(w, "ly", "", 4);
        w = strip(w, "ion", "", 4);
        for (String s : new String[] {"ship", "ment", "ness", "ful"}) {
            w = strip(w, s, "", 3);
        }
        w = strip(w, "er", "", 4);
        if (w.length() > 3 && w.charAt(w.length() - 1) == w.charAt(w.length() - 2) && "lsze".indexOf(w.charAt(w.length() - 1)) < 0
                && !isVowel(w.charAt(w.length() - 1))) {
            w = w.substring(0, w.length() - 1);
        }
        if (w.length() > 3 && w.endsWith("e")) {
            w = w.substring(0, w.length() - 1);
        }
        return w;
    }

    private static String plural(String w) {
        if (w.endsWith("ies") && w.length() > 4) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.endsWith("sses")) {
            return w.substring(0, w.length() - 2);
        }
        if (w.endsWith("es") && (w.endsWith("xes") || w.endsWith("zes") || w.endsWith("ches") || w.endsWith("shes"))) {
            return w.substring(0, w.length() - 2);
        }
        if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }

    private static String strip(String w, String suffix, String replacement, int minStem) {
        if (w.endsWith(suffix) && w.length() - suffix.length() >= minStem) {
            return w.substring(0, w.length() - suffix.length()) + replacement;
        }
        return w;
    }

    private static boolean isVowel(char c) {
        return "aeiouy".indexOf(c) >= 0;
    }
}
