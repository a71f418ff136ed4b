package io.interviewcoach.speech.transcript;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonReadFeature;

import io.interviewcoach.speech.Transcript;
import io.interviewcoach.speech.Word;
import io.interviewcoach.speech.recognition.VoskResultParser;

/**
 * A transcript as JSON words with timings, in any of these shapes: a list [{"word","start","end"[,"conf"]}…];
 * a Vosk result {"result":[…],"text":…} or a list of them; {"words":[…]}; Whisper-style
 * {"segments":[{"words":[{"word","start","end","probability"}]}]}. Every object with a "word" field, at any
 * depth, is one word; it must have numeric "start" and "end" (seconds), end ≥ start.
 */
public final class JsonTranscriptParser {
    /** NaN and Infinity are read so that the word carrying one can be named, then refused. */
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS).build();

    private JsonTranscriptParser() {
    }

    public static Transcript parse(String content, String sourceName) {
        return parse(new StringReader(content), sourceName);
    }

    /** Streams through the JSON: only the object being read and the words so far are held. */
    public static Transcript parse(Reader content, String sourceName) {
        List<Word> words = new ArrayList<>();
        try (JsonParser p = FACTORY.createParser(content)) {
            JsonToken t = p.nextToken();
            if (t != JsonToken.START_ARRAY && t != JsonToken.START_OBJECT) {
                throw new TranscriptFormatException(sourceName, line(p), "expected a JSON array or object of words");
            }
            walk(p, t, words, sourceName);
            if (p.nextToken() != null) {
                throw new TranscriptFormatException(sourceName, line(p), "unexpected content after the JSON value");
            }
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 1 : e.getLocation().getLineNr();
            throw new TranscriptFormatException(sourceName, line, "invalid JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new TranscriptFormatException(sourceName, 1, "cannot read JSON: " + e.getMessage(), e);
        }
        if (words.isEmpty()) {
            throw new TranscriptFormatException(sourceName, 1,
                    "no words found: expected objects with \"word\", \"start\" and \"end\" (seconds)");
        }
        return Transcript.of(Transcript.JSON, words);
    }

    private static void walk(JsonParser p, JsonToken t, List<Word> out, String src) throws IOException {
        if (t == JsonToken.START_OBJECT) {
            walkObject(p, out, src);
        } else if (t == JsonToken.START_ARRAY) {
            JsonToken next;
            while ((next = p.nextToken()) != JsonToken.END_ARRAY) {
                walk(p, next, out, src);
            }
        }
    }

    private static void walkObject(JsonParser p, List<Word> out, String src) throws IOException {
        int line = line(p);
        Map<String, Object> scalars = new HashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonToken value = p.nextToken();
            if (value == JsonToken.START_OBJECT || value == JsonToken.START_ARRAY) {
                walk(p, value, out, src);
            } else if (value.isNumeric()) {
                scalars.put(name, p.getDoubleValue());
            } else if (value == JsonToken.VALUE_STRING) {
                scalars.put(name, p.getText());
            }
        }
        if (scalars.containsKey("word")) {
            Word w = toWord(scalars, line, src);
            if (w != null) {
                out.add(w);
            }
        }
    }

    private static Word toWord(Map<String, Object> f, int line, String src) {
        if (!(f.get("word") instanceof String text)) {
            throw new TranscriptFormatException(src, line, "\"word\" must be a string");
        }
        text = text.trim();
        if (text.isEmpty() || text.equals(VoskResultParser.UNKNOWN_WORD)) {
            return null;
        }
        if (!(f.get("start") instanceof Double start)) {
            throw new TranscriptFormatException(src, line, "word \"" + text + "\" has no numeric \"start\" (seconds)");
        }
        if (!(f.get("end") instanceof Double end)) {
            throw new TranscriptFormatException(src, line, "word \"" + text + "\" has no numeric \"end\" (seconds)");
        }
        if (!Double.isFinite(start) || !Double.isFinite(end)) {
            throw new TranscriptFormatException(src, line, "word \"" + text + "\" has start " + start + " and end "
                    + end + ", but every start and end must be a number of seconds: fix or re-export the transcript");
        }
        if (start < 0 || end < start) {
            throw new TranscriptFormatException(src, line, "word \"" + text + "\" has start " + start + " and end " + end
                    + " (need 0 <= start <= end)");
        }
        Object conf = f.containsKey("conf") ? f.get("conf") : f.get("probability");
        return new Word(text, start, end, conf instanceof Double d ? d : null, false);
    }

    private static int line(JsonParser p) {
        return p.currentTokenLocation() == null ? 1 : p.currentTokenLocation().getLineNr();
    }
}
