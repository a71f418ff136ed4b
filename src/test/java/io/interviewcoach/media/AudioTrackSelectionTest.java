package io.interviewcoach.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.interviewcoach.testsupport.MultiTrackMedia;

/** With several audio tracks the default-flagged one (or the one asked for) is decoded, and described. */
class AudioTrackSelectionTest {
    @TempDir
    static Path tmp;
    private static Path twoTracks;

    @BeforeAll
    static void media() {
        twoTracks = MultiTrackMedia.toneThenDefaultSpeech(tmp.resolve("two-tracks.mp4"), true, 4);
    }

    @Test
    void theDefaultFlaggedTrackIsDecodedNotTheFirst() {
        try (MediaReader r = MediaReader.open(twoTracks, ReadOptions.of(10, 1.0))) {
            MediaInfo info = r.info();
            assertEquals(2, info.audio().track());
            assertTrue(info.audio().defaultTrack());
            assertEquals(16_000, info.audio().sampleRate(), "katie_hill's speech is 16 kHz");
            assertEquals(1, info.otherAudioTracks().size());
            assertEquals(48_000, info.otherAudioTracks().get(0).sampleRate());
            double crossings = zeroCrossingsPerSec(r);
            assertTrue(Math.abs(crossings - 2 * MultiTrackMedia.TONE_HZ) > 100, "speech, not the tone: " + crossings + "/s");
        }
    }

    @Test
    void anotherTrackCanBeAskedFor() {
        try (MediaReader r = MediaReader.open(twoTracks, new ReadOptions(10, 1.0, true, true, 1280, 1))) {
            assertEquals(1, r.info().audio().track());
            assertEquals(48_000, r.info().audio().sampleRate());
            assertEquals(2, r.info().otherAudioTracks().get(0).track());
            // a pure tone crosses zero twice a period
            assertEquals(2 * MultiTrackMedia.TONE_HZ, zeroCrossingsPerSec(r), 10);
        }
    }

    @Test
    void aTrackThatDoesNotExistIsRefusedWithTheTracksThereAre() {
        MediaException e = assertThrows(MediaException.class,
                () -> MediaReader.open(twoTracks, new ReadOptions(10, 1.0, true, true, 1280, 3)));
        assertTrue(e.getMessage().endsWith("two-tracks.mp4 has 2 audio tracks (1: aac, 48000 Hz, 1 channel;"
                + " 2: aac, 16000 Hz, 2 channels, default): there is no audio track 3; choose 1 to 2."), e.getMessage());
        assertTrue(e.getMessage().contains("there is no audio track 3; choose 1 to 2"), e.getMessage());
    }

    private static double zeroCrossingsPerSec(MediaReader r) {
        long crossings = 0;
        long samples = 0;
        float previous = 0;
        var it = r.windows();
        while (it.hasNext()) {
            for (float s : it.next().audio().samples()) {
                if ((s >= 0) != (previous >= 0)) {
                    crossings++;
                }
                previous = s;
                samples++;
            }
        }
        return crossings / (samples / (double) AudioChunk.SAMPLE_RATE);
    }
}
