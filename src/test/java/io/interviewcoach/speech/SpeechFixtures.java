package io.interviewcoach.speech;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import io.interviewcoach.speech.text.TokenSequence;

/** Test fixtures: caption files from src/test/resources/speech and word lists written inline. */
public final class SpeechFixtures {
    public static final double WORD_SEC = 0.3;
    public static final double MARKED_PAUSE_SEC = 0.8;

    private SpeechFixtures() {
    }

    public static String resource(String name) {
        try (InputStream in = SpeechFixtures.class.getResourceAsStream("/speech/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("missing test resource speech/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Words of {@value #WORD_SEC} s each, back to back from 0 s; a "/" token stands for a pause of
     * {@value #MARKED_PAUSE_SEC} s. Punctuation stays on the words ("like," keeps its comma).
     */
    public static List<Word> words(String text) {
        List<Word> out = new ArrayList<>();
        double t = 0;
        for (String token : text.trim().split("\\s+")) {
            if (token.equals("/")) {
                t += MARKED_PAUSE_SEC;
                continue;
            }
            out.add(Word.of(token, t, t + WORD_SEC));
            t += WORD_SEC;
        }
        return out;
    }

    public static TokenSequence tokens(String text) {
        return new TokenSequence(words(text), SpeechSettings.defaults().sentencePauseSec());
    }
}
