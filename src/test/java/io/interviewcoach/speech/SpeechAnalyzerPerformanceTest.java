package io.interviewcoach.speech;

import static io.interviewcoach.speech.SpeechFixtures.resource;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.interviewcoach.media.AudioChunk;
import io.interviewcoach.media.MediaWindow;
import io.interviewcoach.speech.content.QuestionBank;
import io.interviewcoach.speech.transcript.TranscriptFiles;

/** Everything but recognition must stay far below real time (target: 0.02 x real time on one core). */
class SpeechAnalyzerPerformanceTest {
    private static final int MINUTES = 10;

    /** The 53.8 s sample answer repeated, shifted by 60 s each time: ten minutes, 1330 words. */
    private static List<Word> tenMinutesOfWords() {
        List<Word> base = TranscriptFiles.parse(resource("conflict-answer.srt"), "conflict-answer.srt").words();
        List<Word> out = new ArrayList<>();
        for (int m = 0; m < MINUTES; m++) {
            for (Word w : base) {
                out.add(Word.of(w.word(), w.start() + 60 * m, w.end() + 60 * m));
            }
        }
        return out;
    }

    @Test
    void tenMinutesWellUnderTwoPercentOfRealTime() {
        List<Word> words = tenMinutesOfWords();
        var question = QuestionBank.builtIn().require("conflict-teammate");
        SpeechSettings settings = SpeechSettings.defaults();
        List<MediaWindow> windows = new ArrayList<>();
        for (int i = 0; i < MINUTES * 60; i++) {
            windows.add(new MediaWindow(i, i, i + 1, List.of(), new AudioChunk(i, new float[16_000])));
        }
        // warm-up, then measure: transcript mode and streaming mode (a recognizer replaying the words)
        for (int round = 0; round < 2; round++) {
            long t0 = System.nanoTime();
            SpeechAnalyzer fromTranscript = SpeechAnalyzer.withTranscript(Transcript.of(Transcript.JSON, words), question,
                    settings);
            windows.forEach(fromTranscript::analyze);
            SpeechSummary a = fromTranscript.finish();
            long t1 = System.nanoTime();
            List<Double> ends = new ArrayList<>();
            for (int m = 0; m < MINUTES; m++) {
                ends.add(53.8 + 60 * m);
            }
            SpeechAnalyzer streaming = SpeechAnalyzer.withRecognizer(
                    new SpeechAnalyzerTest.ScriptedRecognizer(words, ends), question, settings);
            windows.forEach(streaming::analyze);
            SpeechSummary b = streaming.finish();
            long t2 = System.nanoTime();
            assertEquals(1330, a.metrics().wordCount());
            assertEquals(1330, b.metrics().wordCount());
            double transcriptSec = (t1 - t0) / 1e9;
            double streamingSec = (t2 - t1) / 1e9;
            if (round == 1) {
                System.out.printf("speech analysis of %d min: transcript mode %.3f s (%.5f x real time), "
                        + "streaming mode without recognition %.3f s (%.5f x real time)%n", MINUTES, transcriptSec,
                        transcriptSec / (MINUTES * 60), streamingSec, streamingSec / (MINUTES * 60));
                assertTrue(transcriptSec < 0.02 * MINUTES * 60, "transcript mode " + transcriptSec + " s");
                assertTrue(streamingSec < 0.02 * MINUTES * 60, "streaming mode " + streamingSec + " s");
            }
        }
    }
}
