package io.interviewcoach.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.interviewcoach.testsupport.DamagedMedia;
import io.interviewcoach.testsupport.TestAssets;

/** The reader says where the decoded media really ends and how many frames damage cost, against ffprobe's counts. */
class DecodeCoverageTest {
    @TempDir
    static Path tmp;

    private static MediaReader readThrough(Path file) {
        MediaReader reader = MediaReader.open(file, ReadOptions.of(10, 1.0));
        var it = reader.windows();
        while (it.hasNext()) {
            it.next();
        }
        return reader;
    }

    @Test
    void intactClipsLoseNothingAndEndWhereTheHeaderSays() {
        for (String clip : new String[] {"d9.mp4", "d14.mp4", "s20.mp4", "katie_hill.mp4", "d3_first6s.mp4"}) {
            try (MediaReader r = readThrough(TestAssets.media(clip))) {
                assertEquals(0, r.framesLost(), clip);
                assertTrue(r.lostStretches().isEmpty(), clip + ": " + r.lostStretches());
                assertEquals(r.info().durationSec(), r.decodedEndSec(), 0.05, clip);
                assertEquals(DamagedMedia.ffprobeFrameCounts(TestAssets.media(clip))[0], r.framesDecoded(), clip);
            }
        }
    }

    @Test
    void truncatedFileEndsWhereTheBytesEnd() {
        Path cut = DamagedMedia.truncated(TestAssets.media("d9.mp4"), 0.35, tmp);
        int[] counts = DamagedMedia.ffprobeFrameCounts(cut);
        try (MediaReader r = readThrough(cut)) {
            assertEquals(19.6, r.info().durationSec(), 0.1, "the header still promises the whole clip");
            assertEquals(counts[0], r.framesDecoded(), 2);
            // the frames ffprobe decodes, at d9's 30 fps, end here
            assertEquals(counts[0] / 30.0, r.decodedEndSec(), 0.1);
            assertTrue(r.decodedEndSec() < 10, "ends at " + r.decodedEndSec());
            assertEquals(0, r.framesLost(), "frames after the cut are not 'lost in the middle'");
        }
    }

    @Test
    void mp4CutBeforeItsIndexIsRefusedAsTruncated() throws Exception {
        byte[] all = java.nio.file.Files.readAllBytes(TestAssets.media("d9.mp4"));
        // d9 keeps its index at the end, as recorders write it
        Path cut = java.nio.file.Files.write(tmp.resolve("cut-before-index.mp4"), java.util.Arrays.copyOf(all, all.length * 35 / 100));
        MediaException e = org.junit.jupiter.api.Assertions.assertThrows(MediaException.class,
                () -> MediaReader.open(cut, ReadOptions.of(10, 1.0)));
        assertTrue(e.getMessage().startsWith(cut + " is an MP4/MOV without its index"), e.getMessage());

        Path junk = java.nio.file.Files.writeString(tmp.resolve("junk.mp4"), "not a video, and no mp4 boxes either");
        MediaException other = org.junit.jupiter.api.Assertions.assertThrows(MediaException.class,
                () -> MediaReader.open(junk, ReadOptions.of(10, 1.0)));
        assertTrue(other.getMessage().contains("is not a media file"), "not called truncated: " + other.getMessage());
    }

    @Test
    void randomBytesMidFileAreCountedAsLostFrames() {
        Path damaged = DamagedMedia.corruptedMiddle(TestAssets.media("d9.mp4"), 200_000, tmp);
        int[] counts = DamagedMedia.ffprobeFrameCounts(damaged);
        int ffmpegLost = counts[1] - counts[0];
        assertTrue(ffmpegLost > 5, "the damage costs ffmpeg frames too: " + ffmpegLost);
        try (MediaReader r = readThrough(damaged)) {
            assertEquals(ffmpegLost, r.framesLost(), 3, "decoded " + r.framesDecoded() + " of " + counts[1]);
            double stretchSec = r.lostStretches().stream().mapToDouble(g -> g.endSec() - g.startSec()).sum();
            assertEquals(r.framesLost(), stretchSec * 30, 3, "the stretches hold the lost frames: " + r.lostStretches());
            double middle = r.info().durationSec() / 2;
            assertTrue(r.lostStretches().stream().allMatch(g -> Math.abs(g.startSec() - middle) < 3),
                    "near the damaged middle of the file: " + r.lostStretches());
            assertEquals(19.6, r.decodedEndSec(), 0.1, "the end is intact");
        }
    }
}
