package io.interviewcoach.live.client;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

import io.interviewcoach.media.AudioChunk;
import io.interviewcoach.media.MediaReader;
import io.interviewcoach.media.MediaWindow;
import io.interviewcoach.media.ReadOptions;
import io.interviewcoach.media.VideoFrame;

/**
 * A clip decoded once into what a browser would send: JPEG frames at {@code fps} and PCM16 little-endian mono
 * audio chunks at 16 kHz. The clip lasts {@code durationMs} (a whole number of audio chunks, the audio padded
 * with silence), so it can be looped with both streams staying aligned. Unlike {@link ClipReplay}, which decodes
 * while it streams one session, this decodes and encodes once for any number of concurrent sessions (the benchmark).
 */
public record ReplayMedia(String name, double fps, List<Frame> frames, List<byte[]> audioChunks, int chunkMs,
        long durationMs) {
    public static final int SAMPLE_RATE = AudioChunk.SAMPLE_RATE;
    public static final int JPEG_QUALITY = 80;

    /** One JPEG frame captured {@code timeMs} after the clip's start. */
    public record Frame(long timeMs, byte[] jpeg) {
    }

    public ReplayMedia {
        frames = List.copyOf(frames);
        audioChunks = List.copyOf(audioChunks);
    }

    public static ReplayMedia decode(Path file, double fps, int chunkMs) {
        if (chunkMs <= 0) {
            throw new IllegalArgumentException("audio chunk length must be positive, got " + chunkMs + " ms");
        }
        List<Frame> frames = new ArrayList<>();
        float[] audio = new float[0];
        int samples = 0;
        try (MediaReader reader = MediaReader.open(file, ReadOptions.of(fps, 1.0))) {
            Iterator<MediaWindow> it = reader.windows();
            while (it.hasNext()) {
                MediaWindow w = it.next();
                for (VideoFrame f : w.frames()) {
                    frames.add(new Frame(Math.round(f.timeSec() * 1000), ClientMedia.jpeg(f, JPEG_QUALITY)));
                }
                if (w.hasAudio()) {
                    float[] x = w.audio().samples();
                    if (samples + x.length > audio.length) {
                        audio = Arrays.copyOf(audio, Math.max(2 * audio.length, samples + x.length));
                    }
                    System.arraycopy(x, 0, audio, samples, x.length);
                    samples += x.length;
                }
            }
        }
        long videoMs = frames.isEmpty() ? 0 : frames.get(frames.size() - 1).timeMs() + Math.round(1000 / fps);
        long audioMs = samples * 1000L / SAMPLE_RATE;
        long durationMs = ceilTo(Math.max(videoMs, audioMs), chunkMs);
        if (durationMs == 0) {
            throw new IllegalArgumentException(file + " has neither video frames nor audio to replay");
        }
        List<byte[]> chunks = samples == 0 ? List.of() : pcmChunks(audio, samples, chunkMs, durationMs);
        return new ReplayMedia(file.getFileName().toString(), fps, frames, chunks, chunkMs, durationMs);
    }

    public boolean hasAudio() {
        return !audioChunks.isEmpty();
    }

    /** The samples as PCM16 little-endian chunks of {@code chunkMs}, silence after the end up to {@code durationMs}. */
    static List<byte[]> pcmChunks(float[] audio, int samples, int chunkMs, long durationMs) {
        int perChunk = SAMPLE_RATE * chunkMs / 1000;
        float[] padded = Arrays.copyOf(audio, (int) (durationMs * SAMPLE_RATE / 1000));
        Arrays.fill(padded, Math.min(samples, padded.length), padded.length, 0f);
        List<byte[]> chunks = new ArrayList<>();
        for (int from = 0; from + perChunk <= padded.length; from += perChunk) {
            chunks.add(ClientMedia.pcm16(padded, from, from + perChunk));
        }
        return chunks;
    }

    private static long ceilTo(long value, long step) {
        return (value + step - 1) / step * step;
    }
}
