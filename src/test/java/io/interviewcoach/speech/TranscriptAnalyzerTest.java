package io.interviewcoach.speech;

import static io.interviewcoach.speech.SpeechFixtures.resource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.interviewcoach.measure.EventType;
import io.interviewcoach.measure.ReportEvent;
import io.interviewcoach.speech.transcript.TranscriptFiles;
import io.interviewcoach.voice.FilledPause;

/** Metrics on caption fixtures whose expected values were counted by hand (see the comments). */
class TranscriptAnalyzerTest {
    private final TranscriptAnalyzer analyzer = new TranscriptAnalyzer(SpeechSettings.defaults());

    private SpeechSummary summarize(String fixture, List<FilledPause> acoustic) {
        return analyzer.analyze(TranscriptFiles.parse(resource(fixture), fixture), acoustic, null);
    }

    @Test
    void jfkCaptions() {
        SpeechMetrics m = summarize("jfk.vtt", List.of()).metrics();
        // 22 words from 0.33 s to 10.38 s: 22 / 10.05 s * 60
        assertEquals(22, m.wordCount());
        assertEquals(10.05, m.speakingSpanSec(), 1e-9);
        assertEquals(131.3, m.wordsPerMinute(), 1e-9);
        // cue gaps (1.18, 1.11, 0.66 s) all exceed 0.5 s: speaking time = cue durations 1.78+1.02+2.11+2.19 = 7.10 s
        assertEquals(185.9, m.articulationRate(), 1e-9);
        // "And so," is not sentence-initial: no filler; no hedges
        assertEquals(0, m.fillerCount());
        assertEquals(0.0, m.fillersPerMin(), 1e-9);
        assertEquals(0, m.hedgeCount());
        // 14 distinct words of 22 (window shrinks to 22)
        assertEquals(0.636, m.vocabularyDiversity(), 1e-9);
        // "my" is the only first-person form: 0 we / 1 I
        assertEquals(0.0, m.weIRatio(), 1e-9);
        // one sentence (a single full stop at the end)
        assertEquals(22.0, m.meanSentenceWords(), 1e-9);
        assertNull(m.contentRelevanceScore());
    }

    @Test
    void jfkVoskJsonSplitsSentencesAtPauses() {
        SpeechMetrics m = summarize("jfk-vosk.json", List.of()).metrics();
        assertEquals(131.3, m.wordsPerMinute(), 1e-9);
        // runs split at gaps > 0.5 s: 0.33-2.10, 3.29-4.31, 5.42-7.53, 8.19-10.38 -> 7.09 s
        assertEquals(186.2, m.articulationRate(), 1e-9);
        // no punctuation: sentences end at gaps > 0.7 s (1.19 s, 1.11 s; the 0.66 s one does not): 5, 2, 15 words
        assertEquals(7.33, m.meanSentenceWords(), 1e-9);
    }

    @Test
    void interviewAnswerHandCounted() {
        SpeechSummary s = summarize("conflict-answer.srt", List.of());
        SpeechMetrics m = s.metrics();
        // 133 words (13+14+16+15+16+18+15+16+10) from 0.5 s to 53.8 s
        assertEquals(133, m.wordCount());
        assertEquals(53.3, m.speakingSpanSec(), 1e-9);
        assertEquals(149.7, m.wordsPerMinute(), 1e-9);
        // every cue gap is over 0.5 s: speaking time = sum of the nine cue durations = 46.9 s
        assertEquals(170.1, m.articulationRate(), 1e-9);
        // fillers: "So," (opening), "um,", "uh,", ", like,", ", you know,", "Um," = 6; "So I decided" is not one
        assertEquals(6, m.lexicalFillerCount());
        assertEquals(6, m.fillerCount());
        assertEquals(6.75, m.fillersPerMin(), 1e-9);
        // hedges: "I think", "Maybe", "kind of", "I think" = 4 -> 4 / 53.3 s * 60
        assertEquals(4, m.hedgeCount());
        assertEquals(4.5, m.hedgesPerMin(), 1e-9);
        // "I I", "the the", "we, we"
        assertEquals(3, m.repeatedWordCount());
        assertEquals(0, m.repeatedPhraseCount());
        // we-forms: our, we, we, we, we, we = 6; I-forms: my, I x9, my = 11 -> 6/17
        assertEquals(0.353, m.weIRatio(), 1e-9);
        // 9 sentences, 133 - 7 filler words = 126 -> 14.0
        assertEquals(14.0, m.meanSentenceWords(), 1e-9);
        assertEquals(4, m.starComponentsFound());

        List<String> fillerWords = s.transcript().words().stream().filter(Word::filler).map(Word::word).toList();
        assertEquals(List.of("So,", "um,", "uh,", "like,", "you", "know,", "Um,"), fillerWords);
        long fillerEvents = s.events().stream().filter(e -> e.type() == EventType.FILLER).count();
        assertEquals(6, fillerEvents);
        ReportEvent like = s.events().stream().filter(e -> "like".equals(e.detail().get("word"))).findFirst().orElseThrow();
        assertTrue(like.start() > 11.6 && like.end() < 17.2, "the like filler lies in cue 3: " + like);
    }

    @Test
    void voskStyleAnswerWithoutPunctuationHandCounted() {
        // Vosk output: lower case, no punctuation; the context rules rely on pauses instead of commas
        SpeechSummary s = summarize("weakness-answer-vosk.json", List.of());
        SpeechMetrics m = s.metrics();
        // 8 + 14 + 13 + 10 + 9 = 54 words from 0.40 s to 19.07 s
        assertEquals(54, m.wordCount());
        assertEquals(18.67, m.speakingSpanSec(), 1e-9);
        assertEquals(173.5, m.wordsPerMinute(), 1e-9);
        // runs (gaps > 0.5 s split): 0.40-3.09, 3.99-11.95 (0.40 s gap kept), 12.95-15.75, 16.55-19.07 = 15.97 s
        assertEquals(202.9, m.articulationRate(), 1e-9);
        // fillers: opening "so" + 0.45 s pause, quotative "was like terrified", "uh", "i mean", final "you know";
        // not fillers: "really like working" (verb), "so last year" after a 1 s pause but with no pause after it
        assertEquals(5, m.fillerCount());
        List<String> fillerWords = s.transcript().words().stream().filter(Word::filler).map(Word::word).toList();
        assertEquals(List.of("so", "like", "uh", "i", "mean", "you", "know"), fillerWords);
        assertEquals(16.07, m.fillersPerMin(), 1e-9);
        assertEquals(1, m.hedgeCount()); // "probably"
        assertEquals(3.21, m.hedgesPerMin(), 1e-9);
        assertEquals(1, m.repeatedWordCount()); // "i i"
        // I-forms outside fillers: my, my, i, i, i, i, i = 7; no we-forms
        assertEquals(0.0, m.weIRatio(), 1e-9);
        // sentences split at gaps > 0.7 s: 8 | 14 + 13 | 10 | 9 words, minus 7 filler words (so, like, uh, i mean, you know) -> 47 / 4
        assertEquals(11.75, m.meanSentenceWords(), 1e-9);
        // situation ("in my last job", "last year") and action ("i signed"); no task, no result
        assertEquals(List.of("situation", "action"), s.content().star().found());
        assertNull(s.content().star().applies());
    }

    @Test
    void acousticFillersMergeWithoutDoubleCounting() {
        List<FilledPause> acoustic = List.of(
                new FilledPause(0.72, 0.90, 0.9),  // on the lexical "um" of cue 1 (0.704-0.909 s): same filler
                new FilledPause(1.50, 1.80, 0.6),  // inside the word "previous": part of a word, not a filler
                new FilledPause(5.30, 5.70, 0.8),  // in the silence between cue 1 and 2: a filler the words missed
                new FilledPause(23.50, 23.80, 0.7), // two overlapping detections between cue 4 and 5: one filler
                new FilledPause(23.70, 24.00, 0.9));
        SpeechMetrics m = summarize("conflict-answer.srt", acoustic).metrics();
        assertEquals(6, m.lexicalFillerCount());
        assertEquals(2, m.acousticFillerCount());
        assertEquals(8, m.fillerCount());
        // 8 / 53.3 s * 60 (span unchanged: both added fillers lie inside it)
        assertEquals(9.01, m.fillersPerMin(), 1e-9);
    }

    @Test
    void acousticFillerBeforeTheFirstWordExtendsTheSpan() {
        SpeechMetrics m = summarize("jfk.vtt", List.of(new FilledPause(0.0, 0.3, 0.8))).metrics();
        assertEquals(1, m.fillerCount());
        assertEquals(10.38, m.speakingSpanSec(), 1e-9);
        assertEquals(127.2, m.wordsPerMinute(), 1e-9);
    }

    @Test
    void noWordsMeansNullMetricsWithAReason() {
        SpeechSummary s = analyzer.analyze(Transcript.of(Transcript.VOSK, List.of()), List.of(), null);
        assertNull(s.metrics().wordsPerMinute());
        assertNull(s.metrics().fillersPerMin());
        assertEquals("no words were recognized in the audio", s.unavailableReason());
    }

    @Test
    void recurringPhrasesAreListed() {
        String text = "at the end of the day we ship. at the end of the day we test. at the end of the day we learn.";
        SpeechSummary s = analyzer.analyze(Transcript.of(Transcript.JSON, SpeechFixtures.words(text)), List.of(), null);
        assertTrue(s.recurringPhrases().stream().anyMatch(p -> p.phrase().equals("end of the") && p.count() == 3),
                s.recurringPhrases().toString());
    }
}
