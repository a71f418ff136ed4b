package io.interviewcoach.speech.transcript;

import static io.interviewcoach.speech.SpeechFixtures.resource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.interviewcoach.speech.Transcript;
import io.interviewcoach.speech.Word;

class TranscriptParsersTest {
    private static final String JFK_TEXT = "And so, my fellow Americans, ask not what your country can do for you, "
            + "ask what you can do for your country.";

    @Test
    void webVttCuesBecomeWordsSpreadByLength() {
        Transcript t = TranscriptFiles.parse(resource("jfk.vtt"), "jfk.vtt");
        assertEquals(Transcript.CAPTIONS, t.source());
        assertEquals(22, t.words().size());
        assertEquals(JFK_TEXT, t.text());
        Word first = t.words().get(0);
        assertEquals("And", first.word());
        assertEquals(0.33, first.start(), 1e-9);
        // cue 2 "ask not" 3.29-4.31: two 3-letter words share it equally
        Word ask = t.words().get(5);
        Word not = t.words().get(6);
        assertEquals(3.29, ask.start(), 1e-9);
        assertEquals(3.80, ask.end(), 1e-9);
        assertEquals(3.80, not.start(), 1e-9);
        assertEquals(4.31, not.end(), 1e-9);
        // cue 1: 22 letters (3+2+2+6+9) over 1.78 s; "Americans" (9 letters) takes the last 9/22 of it
        Word americans = t.words().get(4);
        assertEquals(2.11 - 1.78 * 9 / 22, americans.start(), 1e-9);
        assertEquals(10.38, t.words().get(21).end(), 1e-9);
    }

    @Test
    void srtGivesTheSameWordsAsVtt() {
        Transcript vtt = TranscriptFiles.parse(resource("jfk.vtt"), "jfk.vtt");
        Transcript srt = TranscriptFiles.parse(resource("jfk.srt"), "jfk.srt");
        assertEquals(vtt.text(), srt.text());
        for (int i = 0; i < vtt.words().size(); i++) {
            assertEquals(vtt.words().get(i).start(), srt.words().get(i).start(), 1e-9);
            assertEquals(vtt.words().get(i).end(), srt.words().get(i).end(), 1e-9);
        }
    }

    @Test
    void jsonWordListAndVoskResultsGiveExactTimings() {
        Transcript plain = TranscriptFiles.parse(resource("jfk-words.json"), "jfk-words.json");
        Transcript vosk = TranscriptFiles.parse(resource("jfk-vosk.json"), "jfk-vosk.json");
        for (Transcript t : List.of(plain, vosk)) {
            assertEquals(Transcript.JSON, t.source());
            assertEquals(22, t.words().size());
            assertEquals("ask", t.words().get(5).word());
            assertEquals(3.29, t.words().get(5).start(), 1e-9);
            assertEquals(10.38, t.words().get(21).end(), 1e-9);
        }
        assertEquals(0.93, vosk.words().get(0).conf(), 1e-9);
    }

    @Test
    void whisperStyleSegmentsAndUnknownTokens() {
        String json = """
                {"segments": [{"start": 0.0, "end": 1.5, "text": " Hello there.",
                  "words": [{"word": " Hello", "start": 0.1, "end": 0.5, "probability": 0.9},
                            {"word": " there.", "start": 0.5, "end": 1.0, "probability": 0.8}]}],
                 "extra": {"result": [{"word": "[unk]", "start": 2.0, "end": 2.1}]}}
                """;
        Transcript t = JsonTranscriptParser.parse(json, "w.json");
        assertEquals("Hello there.", t.text());
        assertEquals(0.8, t.words().get(1).conf(), 1e-9);
    }

    @Test
    void captionMarkupAndNonSpeechAreRemoved() {
        String vtt = """
                WEBVTT

                00:01.000 --> 00:03.000
                <v Interviewer>[laughs] So &amp; <i>then</i> we,
                - INTERVIEWER: (coughs) shipped it

                STYLE
                ::cue { color: red }
                """;
        Transcript t = TranscriptFiles.parse(vtt, "x.vtt");
        assertEquals("So & then we, shipped it", t.text());
        assertEquals(1.0, t.words().get(0).start(), 1e-9);
    }

    @Test
    void inlineVttTimestampsTimeTheWordsAfterThem() {
        String vtt = """
                WEBVTT

                00:00:08.190 --> 00:00:10.380
                <c>ask</c><00:00:08.480><c> what</c><00:00:08.700><c> you can do</c><00:00:09.300><c> for your country.</c>
                """;
        Transcript t = TranscriptFiles.parse(vtt, "k.vtt");
        assertEquals("ask what you can do for your country.", t.text());
        assertEquals(8.19, t.words().get(0).start(), 1e-9);
        assertEquals(8.48, t.words().get(0).end(), 1e-9);
        assertEquals(8.48, t.words().get(1).start(), 1e-9);
        assertEquals(8.70, t.words().get(2).start(), 1e-9);
        assertEquals(9.30, t.words().get(5).start(), 1e-9);
        assertEquals(10.38, t.words().get(7).end(), 1e-9);

        String backwards = "WEBVTT\n\n00:00:08.000 --> 00:00:10.000\nask <00:00:09.000>what <00:00:08.500>you\n";
        TranscriptFormatException e = assertThrows(TranscriptFormatException.class,
                () -> TranscriptFiles.parse(backwards, "k.vtt"));
        assertEquals(3, e.line());
    }

    @Test
    void malformedCaptionsNameTheLine() {
        TranscriptFormatException noHeader = assertThrows(TranscriptFormatException.class,
                () -> TranscriptFiles.parse("00:00.000 --> 00:01.000\nhello\n", "a.vtt"));
        assertEquals(1, noHeader.line());
        assertTrue(noHeader.getMessage().contains("WEBVTT"), noHeader.getMessage());

        String badStamp = "1\n00:00:01,000 --> 00:00:02,000\nhello\n\n2\n00:00:0x,000 --> 00:00:04,000\nworld\n";
        TranscriptFormatException stamp = assertThrows(TranscriptFormatException.class,
                () -> TranscriptFiles.parse(badStamp, "b.srt"));
        assertEquals(6, stamp.line());
        assertTrue(stamp.getMessage().startsWith("b.srt:6: malformed timestamp \"00:00:0x,000\""), stamp.getMessage());

        String backwards = "WEBVTT\n\n00:00:05.000 --> 00:00:04.000\nhello\n";
        assertEquals(3, assertThrows(TranscriptFormatException.class, () -> TranscriptFiles.parse(backwards, "c.vtt"))
                .line());

        String missingTiming = "1\n00:00:01,000 --> 00:00:02,000\nhello\n\n2\nworld\n";
        TranscriptFormatException timing = assertThrows(TranscriptFormatException.class,
                () -> TranscriptFiles.parse(missingTiming, "d.srt"));
        assertEquals(6, timing.line());
    }

    @Test
    void malformedJsonNamesTheLine() {
        String missingEnd = "[\n {\"word\": \"a\", \"start\": 0.1, \"end\": 0.2},\n {\"word\": \"b\", \"start\": 0.3}\n]";
        TranscriptFormatException e = assertThrows(TranscriptFormatException.class,
                () -> TranscriptFiles.parse(missingEnd, "m.json"));
        assertEquals(3, e.line());
        assertTrue(e.getMessage().contains("word \"b\" has no numeric \"end\""), e.getMessage());

        String syntax = "[\n {\"word\": \"a\", \"start\": 0.1, \"end\": 0.2}\n {\"word\": \"b\"}\n]";
        assertEquals(3, assertThrows(TranscriptFormatException.class, () -> TranscriptFiles.parse(syntax, "s.json"))
                .line());

        String backwards = "[{\"word\": \"a\", \"start\": 2.0, \"end\": 1.0}]";
        assertTrue(assertThrows(TranscriptFormatException.class, () -> TranscriptFiles.parse(backwards, "b.json"))
                .getMessage().contains("need 0 <= start <= end"));

        assertTrue(assertThrows(TranscriptFormatException.class, () -> TranscriptFiles.parse("{\"text\": \"hi\"}", "n.json"))
                .getMessage().contains("no words found"));
    }

    @Test
    void unknownFormatAndSniffing(@TempDir Path dir) throws Exception {
        Path txt = dir.resolve("answer.txt");
        Files.writeString(txt, resource("jfk.srt"));
        assertEquals(22, TranscriptFiles.load(txt).words().size());
        Files.writeString(txt, "just some words without timings");
        assertTrue(assertThrows(TranscriptFormatException.class, () -> TranscriptFiles.load(txt)).getMessage()
                .contains("unsupported transcript format"));
    }
}
