package io.interviewcoach.voice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.interviewcoach.measure.EventType;
import io.interviewcoach.measure.ReportEvent;

/** The whole voice analysis on generated audio with a known ground truth (espeak-ng, sox). */
class VoiceAnalyzerSyntheticTest {
    @TempDir
    Path dir;

    /** Sentences without commas (no internal pauses) and their syllable counts. */
    private static final String[] TEXTS = {
        "the quick brown fox jumps over the lazy dog and then it runs away into the forest",
        "we talked about the project and i explained how my team solved the problem in two weeks",
        "my last job was at a small company where I built tools for the sales team"};
    private static final int[] SYLLABLES = {22, 21, 18};

    @Test
    void syllableRateWithinTenPercentAtThreeSpeakingRates() {
        StringBuilder table = new StringBuilder();
        double worst = 0;
        for (int t = 0; t < TEXTS.length; t++) {
            for (int wpm : new int[] {120, 160, 200}) {
                Path wav = VoiceTestSupport.speak(dir, "t" + t + "-" + wpm, TEXTS[t], wpm);
                double truth = SYLLABLES[t] / VoiceTestSupport.durationSec(dir, wav);
                VoiceMetrics m = VoiceTestSupport.analyze(wav).metrics();
                double error = m.syllablesPerSec() / truth - 1;
                worst = Math.max(worst, Math.abs(error));
                table.append(String.format("text %d at %d wpm: truth %.2f syll/s, measured %.2f (articulation %.2f), error %+.1f %%%n",
                        t, wpm, truth, m.syllablesPerSec(), m.articulationRate(), 100 * error));
                assertEquals(0, m.pauseCount(), "no pause in a sentence without commas");
            }
        }
        System.out.print(table);
        assertTrue(worst <= 0.10, "worst syllable-rate error " + worst + "\n" + table);
    }

    @Test
    void insertedPausesAreFoundWithTheirLength() {
        Path a = VoiceTestSupport.speak(dir, "a", "thank you for having me today", 160);
        Path b = VoiceTestSupport.speak(dir, "b", "I am really excited about this role", 160);
        for (double pause : new double[] {0.6, 1.2, 2.6}) {
            Path silence = dir.resolve("sil.wav");
            VoiceTestSupport.run(dir, "sox", "-n", "-r", "22050", "-c", "1", "-b", "16", silence.toString(), "trim", "0", String.valueOf(pause));
            Path joined = dir.resolve("pause-" + pause + ".wav");
            VoiceTestSupport.run(dir, "sox", a.toString(), silence.toString(), b.toString(), joined.toString());
            VoiceTestSupport.Run run = VoiceTestSupport.analyze(joined);
            VoiceMetrics m = run.metrics();
            System.out.printf("inserted pause %.2f s: found %d, mean %.2f s%n", pause, m.pauseCount(), m.meanPauseSec());
            assertEquals(1, m.pauseCount(), "pauses for " + pause);
            assertEquals(pause, m.meanPauseSec(), 0.15, "pause length");
            List<ReportEvent> longPauses = run.summary().events().stream().filter(e -> e.type() == EventType.LONG_PAUSE).toList();
            if (pause > 2) {
                assertEquals(1, longPauses.size());
                double speechEnd = VoiceTestSupport.durationSec(dir, a);
                assertEquals(speechEnd, longPauses.get(0).start(), 0.15, "long pause start");
                assertEquals(speechEnd + pause, longPauses.get(0).end(), 0.15, "long pause end");
                assertEquals(1, m.longPauseCount());
            } else {
                assertTrue(longPauses.isEmpty());
                assertEquals(0, m.longPauseCount());
            }
        }
    }

    @Test
    void silenceAndNoiseAreNotSpeech() {
        VoiceTestSupport.run(dir, "sox", "-n", "-r", "16000", "-c", "1", "silence.wav", "trim", "0", "4");
        VoiceTestSupport.run(dir, "sox", "-n", "-r", "16000", "-c", "1", "noise.wav", "synth", "4", "whitenoise", "vol", "0.3");
        VoiceTestSupport.run(dir, "sox", "-n", "-r", "16000", "-c", "1", "pink.wav", "synth", "4", "pinknoise", "vol", "0.3");
        for (String name : new String[] {"silence.wav", "noise.wav", "pink.wav"}) {
            VoiceMetrics m = VoiceTestSupport.analyze(dir.resolve(name)).metrics();
            assertTrue(m.speechRatio() < 0.05, name + " speech ratio " + m.speechRatio());
            assertNull(m.pitchMedianHz(), name + " has no pitch");
            assertNull(m.syllablesPerSec(), name);
            assertNull(m.voiceClarityScore(), name);
            assertEquals(4.0, m.analyzedSec(), 0.05);
        }
    }

    @Test
    void filledPausesAreFoundAndPlainSentencesHaveNone() {
        Path a = VoiceTestSupport.speak(dir, "a", "so I think", 150);
        Path um = VoiceTestSupport.speak(dir, "um", "umm", 150);
        Path b = VoiceTestSupport.speak(dir, "b", "the answer is", 150);
        Path uh = VoiceTestSupport.speak(dir, "uh", "uhh", 150);
        Path c = VoiceTestSupport.speak(dir, "c", "probably yes", 150);
        // Hesitations are longer than espeak's "umm" (0.3 s): stretch them in time, pitch and spectrum kept.
        VoiceTestSupport.run(dir, "sox", um.toString(), "um-long.wav", "tempo", "0.5");
        VoiceTestSupport.run(dir, "sox", uh.toString(), "uh-long.wav", "tempo", "0.6");
        VoiceTestSupport.run(dir, "sox", a.toString(), "um-long.wav", b.toString(), "uh-long.wav", c.toString(), "with.wav");
        double umStart = VoiceTestSupport.durationSec(dir, a);
        double umEnd = umStart + VoiceTestSupport.durationSec(dir, dir.resolve("um-long.wav"));
        double uhStart = umEnd + VoiceTestSupport.durationSec(dir, b);
        double uhEnd = uhStart + VoiceTestSupport.durationSec(dir, dir.resolve("uh-long.wav"));

        List<FilledPause> found = VoiceTestSupport.analyze(dir.resolve("with.wav")).summary().filledPauses();
        System.out.printf("filled pauses: truth um %.2f-%.2f, uh %.2f-%.2f; found %s%n", umStart, umEnd, uhStart, uhEnd, found);
        assertEquals(2, found.size(), found.toString());
        assertTrue(found.get(0).start() >= umStart - 0.1 && found.get(0).end() <= umEnd + 0.1, found.get(0).toString());
        assertTrue(found.get(0).end() - found.get(0).start() >= 0.5 * (umEnd - umStart));
        assertTrue(found.get(1).start() >= uhStart - 0.1 && found.get(1).end() <= uhEnd + 0.1, found.get(1).toString());
        assertTrue(found.stream().allMatch(p -> p.confidence() >= 0.5), found.toString());

        for (int t = 0; t < TEXTS.length; t++) {
            for (int wpm : new int[] {120, 160}) {
                Path plain = VoiceTestSupport.speak(dir, "plain" + t + wpm, TEXTS[t], wpm);
                assertEquals(List.of(), VoiceTestSupport.analyze(plain).summary().filledPauses(), TEXTS[t] + " at " + wpm);
            }
        }
    }

    @Test
    void clippedSpeechIsReported() {
        Path a = VoiceTestSupport.speak(dir, "a", "thank you for having me today", 160);
        VoiceTestSupport.run(dir, "sox", a.toString(), "loud.wav", "gain", "18");
        VoiceTestSupport.Run clean = VoiceTestSupport.analyze(a);
        VoiceTestSupport.Run loud = VoiceTestSupport.analyze(dir.resolve("loud.wav"));
        System.out.printf("clipping ratio: clean %.5f, +18 dB %.5f%n", clean.metrics().clippingRatio(), loud.metrics().clippingRatio());
        assertTrue(clean.metrics().clippingRatio() < 0.0005);
        assertTrue(loud.metrics().clippingRatio() > 0.005);
        assertTrue(loud.summary().events().stream().anyMatch(e -> e.type() == EventType.CLIPPING));
        assertTrue(clean.summary().events().stream().noneMatch(e -> e.type() == EventType.CLIPPING));
    }

    @Test
    void flatSyntheticIntonationIsMonotoneAndLivelySpeechIsNot() {
        Path flat = VoiceTestSupport.speak(dir, "flat", String.join(" ", TEXTS) + " " + TEXTS[0], 140);
        VoiceTestSupport.Run run = VoiceTestSupport.analyze(flat);
        System.out.println("espeak " + VoiceTestSupport.durationSec(dir, flat) + " s: pitch variation "
                + run.metrics().pitchVariationSemitones() + " st, events " + run.summary().events());
        assertEquals(Boolean.TRUE, run.metrics().monotone());
        List<ReportEvent> monotone = run.summary().events().stream().filter(e -> e.type() == EventType.MONOTONE).toList();
        assertEquals(1, monotone.size(), run.summary().events().toString());
        assertTrue(monotone.get(0).durationSec() >= 10);
        VoiceTestSupport.Run jfk = VoiceTestSupport.analyze(io.interviewcoach.testsupport.TestAssets.media("jfk.flac"));
        assertTrue(jfk.summary().events().stream().noneMatch(e -> e.type() == EventType.MONOTONE));
    }
}
