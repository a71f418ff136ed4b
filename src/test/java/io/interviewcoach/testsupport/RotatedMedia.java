package io.interviewcoach.testsupport;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Clips whose pixels are stored turned and whose metadata turns them back upright, made from an upright clip with
 * the system's ffmpeg (5.1 here, which has no -display_rotation/-display_hflip: a mirrored matrix is written into the
 * mp4 track header directly).
 */
public final class RotatedMedia {
    /** How a clip is stored: the pixel filter that turns the upright picture, and what puts it back. */
    public enum Case {
        /** Display matrix of -90° (FFmpeg's counter-clockwise degrees): shown turned 90° clockwise, like a phone. */
        MATRIX_CW90("transpose=cclock", "rotate=270", null),
        /** Display matrix of +90°. */
        MATRIX_CCW90("transpose=clock", "rotate=90", null),
        MATRIX_180("hflip,vflip", "rotate=180", null),
        /** Display matrix that mirrors horizontally. */
        MIRRORED("hflip", null, new int[] {-1, 0, 0, 1}),
        /** Mirrored and turned: the matrix is a transpose. */
        MIRRORED_TRANSPOSED("transpose=cclock_flip", null, new int[] {0, 1, 1, 0}),
        /** A legacy Matroska ROTATE tag (degrees clockwise) and no display matrix. */
        ROTATE_TAG_CW90("transpose=cclock", "ROTATE=90", null);

        final String pixels;
        final String tag;
        final int[] matrix;

        Case(String pixels, String tag, int[] matrix) {
            this.pixels = pixels;
            this.tag = tag;
            this.matrix = matrix;
        }
    }

    private RotatedMedia() {
    }

    /**
     * Encodes {@code upright} turned as {@code c} says, with {@code codecArgs} (the same as the upright reference),
     * then adds the metadata without re-encoding.
     */
    public static Path make(Path upright, Case c, Path dir, String... codecArgs) {
        String ext = c == Case.ROTATE_TAG_CW90 ? ".mkv" : ".mp4";
        Path turned = dir.resolve(c.name().toLowerCase() + "-pixels" + ext);
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("-i", upright.toString(), "-vf", c.pixels));
        args.addAll(java.util.List.of(codecArgs));
        SyntheticMedia.ffmpeg(turned, args.toArray(String[]::new));
        Path out = dir.resolve(c.name().toLowerCase() + ext);
        if (c.tag != null) {
            return SyntheticMedia.ffmpeg(out, "-i", turned.toString(), "-map", "0", "-c", "copy", "-metadata:s:v:0", c.tag);
        }
        try {
            byte[] mp4 = Files.readAllBytes(turned);
            writeTrackMatrix(mp4, c.matrix);
            return Files.write(out, mp4);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Overwrites the 2x2 part of the first track header's matrix (the video track: ffmpeg writes it first). */
    private static void writeTrackMatrix(byte[] mp4, int[] abcd) {
        int at = indexOf(mp4, "tkhd".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        int version = mp4[at + 4];
        int matrix = at + (version == 1 ? 56 : 44);
        ByteBuffer b = ByteBuffer.wrap(mp4);
        b.putInt(matrix, abcd[0] << 16);
        b.putInt(matrix + 4, abcd[1] << 16);
        b.putInt(matrix + 12, abcd[2] << 16);
        b.putInt(matrix + 16, abcd[3] << 16);
    }

    private static int indexOf(byte[] data, byte[] what) {
        outer:
        for (int i = 0; i + what.length <= data.length; i++) {
            for (int j = 0; j < what.length; j++) {
                if (data[i + j] != what[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new IllegalStateException("no track header in the mp4");
    }

    /** Mean absolute difference of two frames' BGR bytes; infinite when their sizes differ. */
    public static double meanAbsDiff(io.interviewcoach.media.VideoFrame a, io.interviewcoach.media.VideoFrame b) {
        if (a.width() != b.width() || a.height() != b.height()) {
            return Double.POSITIVE_INFINITY;
        }
        long sum = 0;
        for (int i = 0; i < a.bgr().length; i++) {
            sum += Math.abs((a.bgr()[i] & 0xff) - (b.bgr()[i] & 0xff));
        }
        return sum / (double) a.bgr().length;
    }

    /** ffmpeg arguments: the input part followed by the encoding part. */
    public static String[] concat(String[] a, String[] b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
