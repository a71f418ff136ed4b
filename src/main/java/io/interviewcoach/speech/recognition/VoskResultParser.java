package io.interviewcoach.speech.recognition;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.interviewcoach.speech.Word;

/**
 * Reads Vosk's JSON results: a finished utterance {"result":[{"conf","end","start","word"}…],"text":"…"}, a
 * partial {"partial":"…","partial_result":[…]} (words only with setPartialWords), an alternatives result, or
 * {"text":""} for silence. "[unk]" (an out-of-vocabulary noise) is dropped.
 */
public final class VoskResultParser {
    public static final String UNKNOWN_WORD = "[unk]";
    private static final ObjectMapper JSON = new ObjectMapper();

    private VoskResultParser() {
    }

    /** Words of a final result, times shifted by {@code offsetSec}. */
    public static List<Word> words(String json) {
        JsonNode root = read(json);
        JsonNode result = root.get("result");
        if (result == null && root.has("alternatives") && root.get("alternatives").size() > 0) {
            result = root.get("alternatives").get(0).get("result");
        }
        return toWords(result);
    }

    public static List<Word> partialWords(String json) {
        return toWords(read(json).get("partial_result"));
    }

    public static String partialText(String json) {
        JsonNode p = read(json).get("partial");
        return p == null ? "" : p.asText("");
    }

    public static String text(String json) {
        JsonNode p = read(json).get("text");
        return p == null ? "" : p.asText("");
    }

    private static List<Word> toWords(JsonNode result) {
        List<Word> out = new ArrayList<>();
        if (result == null || !result.isArray()) {
            return out;
        }
        for (JsonNode w : result) {
            String word = w.path("word").asText("");
            if (word.isBlank() || word.equals(UNKNOWN_WORD) || !w.path("start").isNumber() || !w.path("end").isNumber()) {
                continue;
            }
            double start = w.get("start").asDouble();
            double end = Math.max(start, w.get("end").asDouble());
            Double conf = w.path("conf").isNumber() ? w.get("conf").asDouble() : null;
            out.add(new Word(word, start, end, conf, false));
        }
        return out;
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json == null || json.isBlank() ? "{}" : json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Vosk returned unreadable JSON: " + e.getOriginalMessage(), e);
        }
    }
}
