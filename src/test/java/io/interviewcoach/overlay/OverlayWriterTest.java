package io.interviewcoach.overlay;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.interviewcoach.media.MediaWindow;
import io.interviewcoach.media.VideoFrame;
import io.interviewcoach.fusion.WindowResults;

/** FFmpeg's failures reach the user as words, and a failed or impossible overlay leaves no file behind. */
class OverlayWriterTest {
    @TempDir
    Path dir;

    private static WindowResults oneFrame(int width, int height) {
        VideoFrame frame = new VideoFrame(0, width, height, new byte[width * height * 3]);
        return new WindowResults(new MediaWindow(0, 0, 1, List.of(frame), null), null, null, null, null);
    }

    @Test
    void aFolderOrAMissingFolderIsNamedInWordsWithoutFfmpegText() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("a-folder"));
        Path inMissingFolder = dir.resolve("missing/ov.mp4");
        for (Path target : List.of(folder, inMissingFolder)) {
            OverlayWriter w = new OverlayWriter(target, 10, List.of());
            OverlayWriter.OverlayException e = assertThrows(OverlayWriter.OverlayException.class,
                    () -> w.accept(oneFrame(16, 16)));
            String reason = target.equals(folder) ? "it is a folder" : "its folder does not exist";
            assertEquals("Cannot write overlay video " + target + ": " + reason + "; choose another file for --overlay",
                    e.getMessage());
            w.close();
        }
        assertTrue(Files.isDirectory(folder));
        assertFalse(Files.exists(inMissingFolder));
    }

    @Test
    void framesSmallerThanTwoByTwoAreNotWrittenAndLeaveNoFile() {
        Path target = dir.resolve("ov.mp4");
        try (OverlayWriter w = new OverlayWriter(target, 10, List.of())) {
            w.accept(oneFrame(1, 1));
            assertEquals(0, w.framesWritten());
        }
        assertFalse(Files.exists(target));
        assertFalse(OverlayWriter.canWrite(1, 1));
        assertTrue(OverlayWriter.canWrite(2, 2));

        try (OverlayWriter w = new OverlayWriter(target, 10, List.of())) {
            w.accept(oneFrame(3, 3));
            assertEquals(1, w.framesWritten());
        }
        assertTrue(Files.isRegularFile(target), "3x3 is written (as 2x2)");
    }
}
