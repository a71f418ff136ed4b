package io.interviewcoach.voice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.interviewcoach.testsupport.TestAssets;
import io.interviewcoach.voice.vad.SileroVad;

/**
 * jfk.flac (exactly 11.00 s) looped end to end: every repetition is the same audio, so every repetition must
 * measure the same, however long the stream has run. CI loops 10 minutes; {@code -Dvoice.loopMinutes=30}
 * runs the 30-minute check (figure in docs/validation.md).
 */
class VoiceLongRecordingTest {
    private static final int REPETITION_WINDOWS = 11;

    @TempDir
    Path dir;

    @Test
    void identicalRepetitionsMeasureTheSameAllAlongTheStream() {
        int minutes = Integer.getInteger("voice.loopMinutes", 10);
        int copies = (int) Math.ceil(minutes * 60 / 11.0);
        Path looped = dir.resolve("jfk-loop.flac");
        VoiceTestSupport.run(dir, "sox", TestAssets.media("jfk.flac").toString(), looped.toString(), "repeat",
                String.valueOf(copies - 1));
        VoiceTestSupport.Run run = VoiceTestSupport.analyze(looped);
        assertEquals(copies * REPETITION_WINDOWS, run.windows().size());

        List<double[]> reps = new ArrayList<>();
        for (int r = 0; r < copies; r++) {
            double speechSec = 0;
            int syllables = 0;
            for (int i = r * REPETITION_WINDOWS; i < (r + 1) * REPETITION_WINDOWS; i++) {
                VoiceWindow w = run.windows().get(i);
                // speechRatio is over the VAD chunks completed in the window (31 or 32 of 32 ms): back to seconds.
                long chunks = (i + 1L) * SileroVad.SAMPLE_RATE / SileroVad.CHUNK - (long) i * SileroVad.SAMPLE_RATE / SileroVad.CHUNK;
                speechSec += w.speechRatio() * chunks * SileroVad.CHUNK / SileroVad.SAMPLE_RATE;
                syllables += w.syllables();
            }
            reps.add(new double[] {speechSec, syllables});
        }
        for (int k = 0; k < 2; k++) {
            int measure = k;
            double[] values = reps.stream().mapToDouble(v -> v[measure]).sorted().toArray();
            double mean = Arrays.stream(values).average().orElseThrow();
            String name = k == 0 ? "speech seconds" : "syllables";
            System.out.printf("%d min loop, %s per repetition: min %.3f, mean %.3f, max %.3f%n", minutes, name, values[0],
                    mean, values[values.length - 1]);
            assertTrue(mean > (k == 0 ? 6 : 20), name + " per repetition " + mean);
            // 11 s is 343.75 VAD chunks of 32 ms: repetitions fall on four chunk phases, which Silero scores slightly
            // differently (the figures repeat with period 4); drift would move them all along the stream.
            assertTrue(values[0] >= 0.97 * mean && values[values.length - 1] <= 1.03 * mean,
                    name + " per repetition varies beyond 3 % of the mean: " + Arrays.toString(values));
        }
        VoiceMetrics one = VoiceTestSupport.analyze(TestAssets.media("jfk.flac")).metrics();
        assertEquals(0, run.metrics().longPauseCount(), "jfk has no pause over 2 s, looped or not");
        assertEquals(one.speechRatio(), run.metrics().speechRatio(), 0.03, "speech ratio of the loop vs one copy");
        assertEquals(one.pitchMedianHz(), run.metrics().pitchMedianHz(), 0.02 * one.pitchMedianHz());
    }
}
