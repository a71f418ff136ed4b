package io.interviewcoach.voice.vad;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class SpeechSegmenterTest {
    private static final double CHUNK = 0.032;

    private static List<SpeechSegmenter.Segment> segments(float... probabilities) {
        SpeechSegmenter s = new SpeechSegmenter(SpeechSegmenter.Settings.defaults());
        List<SpeechSegmenter.Segment> out = new ArrayList<>();
        for (int i = 0; i < probabilities.length; i++) {
            s.accept(new VadStream.Chunk(i, i * CHUNK, probabilities[i]), out::add);
        }
        s.finish(out::add);
        return out;
    }

    private static float[] run(float... parts) {
        // pairs: probability, number of chunks
        List<Float> all = new ArrayList<>();
        for (int i = 0; i < parts.length; i += 2) {
            for (int k = 0; k < (int) parts[i + 1]; k++) {
                all.add(parts[i]);
            }
        }
        float[] r = new float[all.size()];
        for (int i = 0; i < r.length; i++) {
            r[i] = all.get(i);
        }
        return r;
    }

    @Test
    void dipsBetweenTheThresholdsAndShortSilencesStayInsideSpeech() {
        // 20 chunks speech, 3 chunks at 0.4 (between off and on), 20 speech, 5 chunks silence (0.16 s < 0.25 s), 20 speech
        List<SpeechSegmenter.Segment> s = segments(run(0.02f, 10, 0.9f, 20, 0.4f, 3, 0.9f, 20, 0.1f, 5, 0.9f, 20, 0.02f, 20));
        assertEquals(1, s.size(), s.toString());
        assertEquals(10 * CHUNK, s.get(0).start(), 1e-9);
        assertEquals(78 * CHUNK, s.get(0).end(), 1e-9);
    }

    @Test
    void silenceLongerThanTheMinimumSplitsAndShortBurstsAreDropped() {
        // speech, 10 chunks silence (0.32 s), speech, silence, a 5-chunk burst (0.16 s), silence
        List<SpeechSegmenter.Segment> s = segments(run(0.9f, 20, 0.1f, 10, 0.9f, 15, 0.05f, 30, 0.95f, 5, 0.05f, 30));
        assertEquals(2, s.size(), s.toString());
        assertEquals(20 * CHUNK, s.get(0).end(), 1e-9);
        assertEquals(30 * CHUNK, s.get(1).start(), 1e-9);
        assertEquals(45 * CHUNK, s.get(1).end(), 1e-9);
    }

    @Test
    void failedChunksCountAsSilenceAndOpenSpeechIsClosedAtTheEnd() {
        List<SpeechSegmenter.Segment> s = segments(run(0.9f, 10, Float.NaN, 10, 0.9f, 10));
        assertEquals(2, s.size(), s.toString());
        assertEquals(30 * CHUNK, s.get(1).end(), 1e-9);
    }
}
