package io.interviewcoach.testsupport;

import java.nio.file.Path;

/** Files with more than one audio track, made with ffmpeg from the shared speech clip. */
public final class MultiTrackMedia {
    public static final double TONE_HZ = 440;

    private MultiTrackMedia() {
    }

    /**
     * Track 1: a {@value #TONE_HZ} Hz tone at 48 kHz, not flagged default; track 2: katie_hill's speech (16 kHz),
     * flagged default. With {@code video}, katie_hill's picture too; {@code seconds} long.
     */
    public static Path toneThenDefaultSpeech(Path out, boolean video, int seconds) {
        String katie = TestAssets.media("katie_hill.mp4").toString();
        String tone = "sine=frequency=" + (int) TONE_HZ + ":sample_rate=48000:duration=" + seconds;
        return video
                ? SyntheticMedia.ffmpeg(out, "-i", katie, "-f", "lavfi", "-i", tone, "-t", String.valueOf(seconds),
                        "-map", "0:v", "-map", "1:a", "-map", "0:a", "-c:v", "copy", "-c:a", "aac",
                        "-disposition:a:0", "0", "-disposition:a:1", "default")
                : SyntheticMedia.ffmpeg(out, "-i", katie, "-f", "lavfi", "-i", tone, "-t", String.valueOf(seconds),
                        "-map", "1:a", "-map", "0:a", "-c:a", "aac", "-disposition:a:0", "0", "-disposition:a:1", "default");
    }
}
