package io.interviewcoach.speech.recognition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.interviewcoach.speech.Word;

/** Vosk's JSON as documented in vosk-api (recognizer.cc: Result, PartialResult, alternatives). */
class VoskResultParserTest {

    @Test
    void finalResultWithWords() {
        String json = """
                {
                  "result" : [{
                      "conf" : 1.000000,
                      "end" : 1.020000,
                      "start" : 0.600000,
                      "word" : "hello"
                    }, {
                      "conf" : 0.843216,
                      "end" : 1.500000,
                      "start" : 1.020000,
                      "word" : "world"
                    }, {
                      "conf" : 0.412000,
                      "end" : 1.900000,
                      "start" : 1.600000,
                      "word" : "[unk]"
                    }],
                  "text" : "hello world [unk]"
                }""";
        List<Word> words = VoskResultParser.words(json);
        assertEquals(2, words.size());
        assertEquals(new Word("hello", 0.6, 1.02, 1.0, false), words.get(0));
        assertEquals(0.843216, words.get(1).conf(), 1e-9);
        assertEquals("hello world [unk]", VoskResultParser.text(json));
    }

    @Test
    void partialResultWithPartialWords() {
        String json = """
                {
                  "partial" : "ask not what",
                  "partial_result" : [{"conf":1.0,"end":3.70,"start":3.29,"word":"ask"},
                                      {"conf":1.0,"end":4.31,"start":4.01,"word":"not"},
                                      {"conf":0.6,"end":5.66,"start":5.42,"word":"what"}]
                }""";
        assertEquals("ask not what", VoskResultParser.partialText(json));
        assertEquals(3, VoskResultParser.partialWords(json).size());
        assertEquals(List.of(), VoskResultParser.words(json));
    }

    @Test
    void silenceAndAlternatives() {
        assertEquals(List.of(), VoskResultParser.words("{\n  \"text\" : \"\"\n}"));
        assertEquals("", VoskResultParser.partialText("{\n  \"partial\" : \"\"\n}"));
        String alternatives = """
                {"alternatives" : [{"confidence" : 302.4,
                   "result" : [{"end" : 0.9, "start" : 0.3, "word" : "yes"}], "text" : "yes"},
                  {"confidence" : 280.1, "result" : [], "text" : ""}]}""";
        List<Word> words = VoskResultParser.words(alternatives);
        assertEquals(1, words.size());
        assertNull(words.get(0).conf());
    }

    @Test
    void brokenJsonIsAClearError() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> VoskResultParser.words("{\"result\": ["));
        assertTrue(e.getMessage().startsWith("Vosk returned unreadable JSON"), e.getMessage());
    }
}
