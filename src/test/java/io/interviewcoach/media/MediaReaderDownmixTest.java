package io.interviewcoach.media;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.interviewcoach.testsupport.TestAssets;

/** Stereo is downmixed by averaging the channels: a stereo file reads exactly like its mono average. */
class MediaReaderDownmixTest {
    @TempDir
    Path dir;

    @Test
    void stereoReadsLikeItsMonoAverage() throws Exception {
        Path stereo = TestAssets.media("jfk.flac");
        Path average = dir.resolve("average.wav");
        ffmpeg("-i", stereo.toString(), "-af", "pan=mono|c0=0.5*c0+0.5*c1", "-c:a", "pcm_f32le", average.toString());
        double stereoDb = rmsDb(stereo);
        double averageDb = rmsDb(average);
        System.out.printf("jfk stereo %.2f dBFS, its mono average %.2f dBFS%n", stereoDb, averageDb);
        assertEquals(averageDb, stereoDb, 0.05);
    }

    @Test
    void oneSilentChannelHalvesTheAmplitude() throws Exception {
        Path mono = dir.resolve("mono.wav");
        Path leftOnly = dir.resolve("left-only.wav");
        ffmpeg("-i", TestAssets.media("jfk.flac").toString(), "-ac", "1", "-c:a", "pcm_f32le", mono.toString());
        ffmpeg("-i", mono.toString(), "-af", "pan=stereo|c0=c0|c1=0*c0", "-c:a", "pcm_f32le", leftOnly.toString());
        // (x + 0) / 2: 6.02 dB below the mono signal (a 1/sqrt(2) downmix would give 3 dB, a sum 0 dB).
        assertEquals(rmsDb(mono) - 6.02, rmsDb(leftOnly), 0.05);
    }

    private static double rmsDb(Path file) {
        double sum = 0;
        long n = 0;
        try (MediaReader reader = MediaReader.open(file, new ReadOptions(10, 1.0, false, true, 1280))) {
            Iterator<MediaWindow> it = reader.windows();
            while (it.hasNext()) {
                for (float v : it.next().audio().samples()) {
                    sum += v * (double) v;
                    n++;
                }
            }
        }
        return 10 * Math.log10(sum / n);
    }

    private void ffmpeg(String... args) throws IOException, InterruptedException {
        String[] cmd = new String[args.length + 4];
        cmd[0] = "ffmpeg";
        cmd[1] = "-loglevel";
        cmd[2] = "error";
        cmd[3] = "-y";
        System.arraycopy(args, 0, cmd, 4, args.length);
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", cmd) + " failed: " + out);
        }
    }
}
