package io.interviewcoach.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.interviewcoach.testsupport.TestAssets;

class MediaReaderTest {

    private static List<MediaWindow> readAll(MediaReader reader) {
        List<MediaWindow> out = new ArrayList<>();
        Iterator<MediaWindow> it = reader.windows();
        while (it.hasNext()) {
            out.add(it.next());
        }
        return out;
    }

    @Test
    void d9IsCutIntoOneSecondWindowsWithFramesAtTheAnalysisRateAndAudio() {
        try (MediaReader reader = MediaReader.open(TestAssets.media("d9.mp4"), ReadOptions.of(10, 1.0))) {
            MediaInfo info = reader.info();
            assertEquals(512, info.video().width());
            assertEquals(480, info.video().height());
            assertEquals(19.6, info.durationSec(), 0.2);
            assertTrue(info.hasAudio());
            List<MediaWindow> windows = readAll(reader);
            assertEquals(20, windows.size());
            for (int i = 0; i < windows.size(); i++) {
                MediaWindow w = windows.get(i);
                assertEquals(i, w.index());
                assertTrue(w.frames().stream().allMatch(f -> f.timeSec() >= w.startSec() && f.timeSec() < w.endSec() + 1e-6));
                if (i < windows.size() - 1) {
                    assertEquals(10, w.frames().size(), "frames in window " + i);
                    assertEquals(AudioChunk.SAMPLE_RATE, w.audio().samples().length, 1, "audio samples in window " + i);
                }
            }
            int total = windows.stream().mapToInt(w -> w.frames().size()).sum();
            assertEquals(reader.framesSampled(), total);
            assertEquals(196, total, 2);
            // ffmpeg's volumedetect measures -65.1 dB mean volume for 5-6 s of d9 in each channel (a very quiet track)
            double db = 20 * Math.log10(rms(windows.get(5).audio().samples()));
            assertEquals(-65.1, db, 1.0, "audio level of window 5 in dBFS");
        }
    }

    @Test
    void audioOnlyFileGivesWindowsWithoutFrames() {
        try (MediaReader reader = MediaReader.open(TestAssets.media("jfk.flac"), ReadOptions.of(10, 1.0))) {
            assertNull(reader.info().video());
            assertEquals(44_100, reader.info().audio().sampleRate());
            assertEquals(2, reader.info().audio().channels());
            List<MediaWindow> windows = readAll(reader);
            assertEquals(11, windows.size(), 1);
            assertTrue(windows.stream().allMatch(w -> w.frames().isEmpty()));
            long samples = windows.stream().mapToLong(w -> w.audio().samples().length).sum();
            assertEquals(11.0, samples / (double) AudioChunk.SAMPLE_RATE, 0.2);
        }
    }

    @Test
    void nonMediaFileIsRefusedWithAClearMessage(@TempDir Path dir) throws IOException {
        Path junk = dir.resolve("notes.mp4");
        Files.writeString(junk, "this is not a video");
        MediaException e = assertThrows(MediaException.class, () -> MediaReader.open(junk, ReadOptions.of(10, 1.0)));
        assertTrue(e.getMessage().contains("not a media file"), e.getMessage());
    }

    @Test
    void missingFileIsRefused() {
        MediaException e = assertThrows(MediaException.class, () -> MediaReader.open(Path.of("nope.mp4"), ReadOptions.of(10, 1.0)));
        assertTrue(e.getMessage().startsWith("No such file"), e.getMessage());
    }

    @Test
    void truncatedFileYieldsWhatCanBeDecoded(@TempDir Path dir) throws IOException {
        byte[] all = Files.readAllBytes(TestAssets.media("katie_hill.mp4"));
        Path cut = dir.resolve("cut.mp4");
        // moov atom may be at the end; a file cut in half must either decode partly or be refused clearly
        Files.write(cut, java.util.Arrays.copyOf(all, all.length / 2));
        try (MediaReader reader = MediaReader.open(cut, ReadOptions.of(10, 1.0))) {
            List<MediaWindow> windows = readAll(reader);
            assertTrue(windows.size() >= 1 && windows.size() <= 8, "windows: " + windows.size());
        } catch (MediaException e) {
            assertTrue(e.getMessage().contains("cut.mp4"), e.getMessage());
        }
    }

    private static double rms(float[] s) {
        double sum = 0;
        for (float v : s) {
            sum += v * v;
        }
        return Math.sqrt(sum / Math.max(1, s.length));
    }
}
