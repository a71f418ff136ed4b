package io.interviewcoach.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Iterator;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.interviewcoach.testsupport.RotatedMedia;
import io.interviewcoach.testsupport.SyntheticMedia;

/** Frames of a clip stored turned, with metadata that turns it back, come out exactly as the upright clip's. */
class OrientationTest {
    /** Lossless 4:4:4, so turned pixels survive encoding exactly. */
    private static final String[] LOSSLESS = {"-c:v", "libx264", "-qp", "0", "-pix_fmt", "yuv444p", "-an"};

    @TempDir
    static Path tmp;
    private static Path upright;
    private static VideoFrame uprightFrame;

    @BeforeAll
    static void upright() {
        // testsrc is asymmetric in both directions (colour bars, a moving square, a counter), 64x48 so sides differ
        String[] args = RotatedMedia.concat(new String[] {"-f", "lavfi", "-i", "testsrc=s=64x48:r=10:d=1"}, LOSSLESS);
        upright = SyntheticMedia.ffmpeg(tmp.resolve("upright.mp4"), args);
        uprightFrame = firstFrame(upright);
    }

    @ParameterizedTest
    @EnumSource(RotatedMedia.Case.class)
    void turnedClipIsReadUpright(RotatedMedia.Case c) {
        Path turned = RotatedMedia.make(upright, c, tmp, LOSSLESS);
        try (MediaReader reader = MediaReader.open(turned, ReadOptions.of(10, 1.0))) {
            MediaInfo.VideoInfo v = reader.info().video();
            boolean sideways = c != RotatedMedia.Case.MATRIX_180 && c != RotatedMedia.Case.MIRRORED;
            assertEquals(sideways ? 48 : 64, v.width(), "stored width");
            assertEquals(c == RotatedMedia.Case.MIRRORED || c == RotatedMedia.Case.MIRRORED_TRANSPOSED, v.mirrored());
            VideoFrame frame = firstFrame(reader);
            assertEquals(64, frame.width());
            assertEquals(48, frame.height());
            assertTrue(RotatedMedia.meanAbsDiff(uprightFrame, frame) < 1.0, c + ": differs from upright by " + RotatedMedia.meanAbsDiff(uprightFrame, frame));
        }
    }

    @ParameterizedTest
    @EnumSource(RotatedMedia.Case.class)
    void reportedRotationIsTheClockwiseTurnShown(RotatedMedia.Case c) {
        Path turned = RotatedMedia.make(upright, c, tmp, LOSSLESS);
        try (MediaReader reader = MediaReader.open(turned, ReadOptions.of(10, 1.0))) {
            int expected = switch (c) {
                case MATRIX_CW90, ROTATE_TAG_CW90 -> 90;
                case MATRIX_CCW90 -> 270;
                case MATRIX_180 -> 180;
                // mirrored first, then turned: a transpose is a horizontal flip followed by 90° counter-clockwise
                case MIRRORED_TRANSPOSED -> 270;
                case MIRRORED -> 0;
            };
            assertEquals(expected, reader.info().video().rotation());
        }
    }

    private static VideoFrame firstFrame(Path file) {
        try (MediaReader reader = MediaReader.open(file, ReadOptions.of(10, 1.0))) {
            return firstFrame(reader);
        }
    }

    private static VideoFrame firstFrame(MediaReader reader) {
        Iterator<MediaWindow> it = reader.windows();
        return it.next().frames().get(0);
    }
}
