package io.interviewcoach.speech;

import static io.interviewcoach.speech.SpeechFixtures.resource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.interviewcoach.media.AudioChunk;
import io.interviewcoach.media.MediaWindow;
import io.interviewcoach.speech.content.QuestionBank;
import io.interviewcoach.speech.recognition.SpeechRecognizer;
import io.interviewcoach.speech.transcript.TranscriptFiles;
import io.interviewcoach.voice.FilledPause;

class SpeechAnalyzerTest {
    private static final SpeechSettings SETTINGS = SpeechSettings.defaults();

    private static List<MediaWindow> windows(int count, boolean withAudio) {
        List<MediaWindow> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            AudioChunk audio = withAudio ? new AudioChunk(i, new float[AudioChunk.SAMPLE_RATE]) : null;
            out.add(new MediaWindow(i, i, i + 1, List.of(), audio));
        }
        return out;
    }

    @Test
    void transcriptIsSlicedIntoWindows() {
        Transcript jfk = TranscriptFiles.parse(resource("jfk-words.json"), "jfk-words.json");
        SpeechAnalyzer analyzer = SpeechAnalyzer.withTranscript(jfk, null, SETTINGS);
        List<SpeechWindow> timeline = new ArrayList<>();
        for (MediaWindow w : windows(11, false)) {
            timeline.add(analyzer.analyze(w));
        }
        // [0,1): "and" (0.33), "so" (0.50), "my" (0.98); a 1 s trailing span at the start: 3 words -> 180 wpm
        assertEquals(3, timeline.get(0).words());
        assertEquals("and so my", timeline.get(0).text());
        assertEquals(180.0, timeline.get(0).wordsPerMinute(), 1e-9);
        // [5,6): what (5.42), your (5.66), country (5.86)
        assertEquals(3, timeline.get(5).words());
        assertEquals("what your country", timeline.get(5).text());
        // trailing 5 s [1,6): fellow, americans, ask, not, what, your, country = 7 -> 84 wpm
        assertEquals(84.0, timeline.get(5).wordsPerMinute(), 1e-9);
        // [2,3) is silence: zero words, a real measurement
        assertEquals(0, timeline.get(2).words());
        assertEquals(22, timeline.stream().mapToInt(SpeechWindow::words).sum());
        SpeechSummary summary = analyzer.finish();
        assertEquals(131.3, summary.metrics().wordsPerMinute(), 1e-9);
        assertNull(summary.unavailableReason());
        assertThrows(IllegalStateException.class, analyzer::finish);
    }

    @Test
    void windowsCountLexicalFillers() {
        Transcript answer = TranscriptFiles.parse(resource("conflict-answer.srt"), "conflict-answer.srt");
        SpeechAnalyzer analyzer = SpeechAnalyzer.withTranscript(answer, QuestionBank.builtIn().require("conflict-teammate"),
                SETTINGS);
        int fillers = 0;
        for (MediaWindow w : windows(54, false)) {
            fillers += analyzer.analyze(w).fillers();
        }
        // 6 fillers, "you know" is two words: 7 filler words
        assertEquals(7, fillers);
        SpeechSummary s = analyzer.finish(List.of(new FilledPause(5.3, 5.7, 0.8)));
        assertEquals(7, s.metrics().fillerCount());
        assertEquals(100.0, s.metrics().contentRelevanceScore(), 1e-9);
    }

    @Test
    void unavailableWithoutModelOrTranscript() {
        SpeechAnalyzer analyzer = SpeechAnalyzer.create(null, null, null, SETTINGS);
        SpeechWindow w = analyzer.analyze(windows(1, true).get(0));
        assertNull(w.words());
        assertNull(w.wordsPerMinute());
        assertNull(w.text());
        SpeechSummary s = analyzer.withAcousticFillers(List.of(new FilledPause(1, 1.3, 0.9))).finish();
        assertEquals(SpeechMetrics.unavailable(), s.metrics());
        assertNull(s.transcript());
        assertTrue(s.unavailableReason().contains("coach models pull vosk-small-en-us"), s.unavailableReason());
        assertTrue(s.unavailableReason().contains("--transcript"), s.unavailableReason());
    }

    @Test
    void streamingRecognizerWordsAndPartialsReachTheWindows() {
        Transcript jfk = TranscriptFiles.parse(resource("jfk-vosk.json"), "jfk-vosk.json");
        ScriptedRecognizer recognizer = new ScriptedRecognizer(jfk.words(), List.of(2.10, 4.31, 10.38));
        SpeechAnalyzer analyzer = SpeechAnalyzer.withRecognizer(recognizer, null, SETTINGS);
        List<SpeechWindow> timeline = new ArrayList<>();
        for (MediaWindow w : windows(11, true)) {
            timeline.add(analyzer.analyze(w));
        }
        // window [1,2): the first utterance has not ended yet, its words come from the partial hypothesis
        // ("americans" ends at 2.10 s, after the audio fed so far)
        assertEquals("fellow", timeline.get(1).text());
        assertEquals("and so my fellow", timeline.get(1).partialText());
        // window [2,3): the first utterance ended at 2.10 s; "americans" (1.42 s) is final and belongs to window 1
        assertEquals(0, timeline.get(2).words());
        assertNull(timeline.get(2).partialText());
        // window [6,7): the last utterance is still in progress: "can" (6.30), "do" (6.52)
        assertEquals("can do", timeline.get(6).text());
        SpeechSummary s = analyzer.finish();
        assertEquals(Transcript.VOSK, s.transcript().source());
        assertEquals(22, s.transcript().words().size());
        assertEquals(131.3, s.metrics().wordsPerMinute(), 1e-9);
        assertTrue(recognizer.closed);
    }

    @Test
    void closingAnAbandonedStreamFreesTheRecognizer() {
        ScriptedRecognizer recognizer = new ScriptedRecognizer(List.of(), List.of());
        SpeechAnalyzer analyzer = SpeechAnalyzer.withRecognizer(recognizer, null, SETTINGS);
        analyzer.analyze(windows(1, true).get(0));
        analyzer.close();
        assertTrue(recognizer.closed);
        assertThrows(IllegalStateException.class, analyzer::finish);
    }

    @Test
    void aFailingChunkDoesNotStopTheStream() {
        Transcript jfk = TranscriptFiles.parse(resource("jfk-vosk.json"), "jfk-vosk.json");
        ScriptedRecognizer recognizer = new ScriptedRecognizer(jfk.words(), List.of(2.10, 4.31, 10.38));
        recognizer.failAtChunk = 3;
        SpeechAnalyzer analyzer = SpeechAnalyzer.withRecognizer(recognizer, null, SETTINGS);
        for (MediaWindow w : windows(11, true)) {
            analyzer.analyze(w);
        }
        SpeechSummary s = analyzer.finish();
        assertEquals(22, s.metrics().wordCount());
    }

    @Test
    void summaryAndWindowsSerializeWithStableFieldNames() throws Exception {
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        Transcript jfk = TranscriptFiles.parse(resource("jfk.vtt"), "jfk.vtt");
        SpeechAnalyzer analyzer = SpeechAnalyzer.withTranscript(jfk, QuestionBank.builtIn().require("tell-me-about-yourself"),
                SETTINGS);
        String window = json.writeValueAsString(analyzer.analyze(windows(1, false).get(0)));
        // caption timing: "fellow" starts at 0.33 + 1.78 * 7/22 = 0.90 s, inside the first window
        assertEquals("{\"words\":4,\"wordsPerMinute\":240.0,\"fillers\":0,\"text\":\"And so, my fellow\"}", window);
        com.fasterxml.jackson.databind.JsonNode summary = json.readTree(json.writeValueAsString(analyzer.finish()));
        assertEquals(131.3, summary.at("/metrics/wordsPerMinute").asDouble(), 1e-9);
        assertEquals("captions", summary.at("/transcript/source").asText());
        assertEquals("And", summary.at("/transcript/words/0/word").asText());
        assertEquals(false, summary.at("/transcript/words/0/filler").asBoolean());
        List<String> wordFields = new ArrayList<>();
        summary.at("/transcript/words/0").fieldNames().forEachRemaining(wordFields::add);
        assertEquals(List.of("word", "start", "end", "conf", "filler"), wordFields);
        assertEquals("tell-me-about-yourself", summary.at("/content/questionId").asText());
        assertTrue(summary.at("/unavailableReason").isNull());
        assertTrue(summary.at("/metrics/contentRelevanceScore").isNumber());
    }

    /**
     * A recognizer that replays known words: a word is final once its utterance's end time has been fed, and
     * before that it is part of the partial hypothesis (the way Vosk reports them).
     */
    static final class ScriptedRecognizer implements SpeechRecognizer {
        private final List<Word> words;
        private final List<Double> utteranceEnds;
        private int emitted;
        private int chunks;
        int failAtChunk = -1;
        boolean closed;

        ScriptedRecognizer(List<Word> words, List<Double> utteranceEnds) {
            this.words = words;
            this.utteranceEnds = utteranceEnds;
        }

        @Override
        public Update accept(AudioChunk chunk) {
            if (chunks++ == failAtChunk) {
                throw new IllegalStateException("decoder error");
            }
            double fedUntil = chunk.endSec();
            double finalUntil = utteranceEnds.stream().filter(e -> e <= fedUntil).mapToDouble(Double::doubleValue).max()
                    .orElse(-1);
            List<Word> finished = new ArrayList<>();
            while (emitted < words.size() && words.get(emitted).end() <= finalUntil) {
                finished.add(words.get(emitted++));
            }
            List<Word> partial = words.subList(emitted, words.size()).stream().filter(w -> w.end() <= fedUntil).toList();
            return new Update(finished, partial, String.join(" ", partial.stream().map(Word::word).toList()));
        }

        @Override
        public List<Word> finish() {
            List<Word> rest = new ArrayList<>(words.subList(emitted, words.size()));
            emitted = words.size();
            return rest;
        }

        @Override
        public String source() {
            return Transcript.VOSK;
        }

        @Override
        public void close() {
            closed = true;
        }
    }
}
