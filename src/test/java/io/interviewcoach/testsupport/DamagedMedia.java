package io.interviewcoach.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/** Broken copies of a real clip: cut short, or overwritten with random bytes in the middle. */
public final class DamagedMedia {
    private DamagedMedia() {
    }

    /** A faststart copy (index first, so what remains still plays) cut after {@code fraction} of its bytes. */
    public static Path truncated(Path clip, double fraction, Path dir) {
        Path faststart = SyntheticMedia.ffmpeg(dir.resolve("faststart-" + clip.getFileName()), "-i", clip.toString(),
                "-map", "0", "-c", "copy", "-movflags", "+faststart");
        try {
            byte[] all = Files.readAllBytes(faststart);
            return Files.write(dir.resolve("truncated-" + clip.getFileName()), Arrays.copyOf(all, (int) (all.length * fraction)));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A copy with {@code bytes} random bytes (fixed seed) written over the middle of the file. */
    public static Path corruptedMiddle(Path clip, int bytes, Path dir) {
        try {
            byte[] all = Files.readAllBytes(clip);
            byte[] noise = new byte[bytes];
            new Random(7).nextBytes(noise);
            System.arraycopy(noise, 0, all, all.length / 2 - bytes / 2, bytes);
            return Files.write(dir.resolve("corrupted-" + clip.getFileName()), all);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** FFmpeg's own count of the video frames it decodes from {@code file} and the count the header promises. */
    public static int[] ffprobeFrameCounts(Path file) {
        String out = SyntheticMedia.output(List.of("ffprobe", "-v", "quiet", "-count_frames", "-select_streams", "v:0",
                "-show_entries", "stream=nb_frames,nb_read_frames", "-of", "csv=p=0", file.toString())).trim();
        String[] parts = out.split(",");
        return new int[] {Integer.parseInt(parts[1].trim()), Integer.parseInt(parts[0].trim())};
    }
}
