package io.interviewcoach.speech.text;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.interviewcoach.speech.Word;

/**
 * The words of a transcript as normalized tokens (lower case, no surrounding punctuation) with what the lexical
 * rules need to know about their context: punctuation after a word, pauses around it, sentence starts.
 */
public final class TokenSequence {
    private static final Set<String> ABBREVIATIONS = Set.of("mr.", "mrs.", "ms.", "dr.", "e.g.", "i.e.", "vs.", "etc.", "st.", "jr.");

    private final List<Word> words;
    private final String[] norm;
    private final double sentencePauseSec;

    public TokenSequence(List<Word> words, double sentencePauseSec) {
        this.words = List.copyOf(words);
        this.sentencePauseSec = sentencePauseSec;
        this.norm = new String[words.size()];
        for (int i = 0; i < norm.length; i++) {
            norm[i] = normalize(words.get(i).word());
        }
    }

    /** Lower case, curly apostrophes made straight, punctuation around the word removed ("Americans," → "americans"). */
    public static String normalize(String raw) {
        String s = raw.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u2018', '\'');
        int from = 0;
        int to = s.length();
        while (from < to && !isWordChar(s.charAt(from))) {
            from++;
        }
        while (to > from && !isWordChar(s.charAt(to - 1)) && s.charAt(to - 1) != '%') {
            to--;
        }
        return s.substring(from, to);
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c);
    }

    public int size() {
        return norm.length;
    }

    public String norm(int i) {
        return i >= 0 && i < norm.length ? norm[i] : "";
    }

    public Word word(int i) {
        return words.get(i);
    }

    public List<Word> words() {
        return words;
    }

    /** The written word ends a sentence (". ? !"), abbreviations such as "Dr." aside. */
    public boolean endsSentence(int i) {
        String raw = trailingTrimmed(words.get(i).word());
        if (raw.isEmpty()) {
            return false;
        }
        char last = raw.charAt(raw.length() - 1);
        if (last == '?' || last == '!') {
            return true;
        }
        return last == '.' && !ABBREVIATIONS.contains(raw.toLowerCase(Locale.ROOT));
    }

    /** The written word is followed by a comma-like break (", ; : —" or "..."). */
    public boolean commaAfter(int i) {
        if (i < 0 || i >= norm.length) {
            return false;
        }
        String raw = trailingTrimmed(words.get(i).word());
        return raw.endsWith(",") || raw.endsWith(";") || raw.endsWith(":") || raw.endsWith("\u2014") || raw.endsWith("-")
                || raw.endsWith("...") || raw.endsWith("\u2026");
    }

    private static String trailingTrimmed(String raw) {
        String s = raw.strip();
        while (!s.isEmpty() && (s.endsWith("\"") || s.endsWith("'") || s.endsWith("\u201d") || s.endsWith(")"))) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }

    /** Silence after word i before the next word, seconds; infinite after the last word. */
    public double pauseAfter(int i) {
        if (i + 1 >= norm.length) {
            return Double.POSITIVE_INFINITY;
        }
        return Math.max(0, words.get(i + 1).start() - words.get(i).end());
    }

    public double pauseBefore(int i) {
        return i <= 0 ? Double.POSITIVE_INFINITY : pauseAfter(i - 1);
    }

    /** First word, after sentence punctuation, or after a pause long enough to end a spoken sentence. */
    public boolean sentenceStart(int i) {
        return i == 0 || endsSentence(i - 1) || pauseBefore(i) > sentencePauseSec;
    }

    /** The transcript carries sentence punctuation (captions do, Vosk output does not). */
    public boolean hasSentencePunctuation() {
        for (int i = 0; i < norm.length; i++) {
            if (endsSentence(i)) {
                return true;
            }
        }
        return false;
    }

    public boolean matches(int i, String... phrase) {
        if (i < 0 || i + phrase.length > norm.length) {
            return false;
        }
        for (int k = 0; k < phrase.length; k++) {
            if (!norm[i + k].equals(phrase[k])) {
                return false;
            }
        }
        return true;
    }
}
