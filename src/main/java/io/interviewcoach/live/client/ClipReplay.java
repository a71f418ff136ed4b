package io.interviewcoach.live.client;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;

import io.interviewcoach.live.protocol.MediaMessage;
import io.interviewcoach.media.AudioChunk;
import io.interviewcoach.media.MediaReader;
import io.interviewcoach.media.MediaWindow;
import io.interviewcoach.media.ReadOptions;
import io.interviewcoach.media.VideoFrame;

/**
 * Replays a recording over a live socket at real-time pace, as a browser would capture it: each frame (JPEG) is sent
 * at its capture time, each audio chunk (PCM16) once it has been fully captured.
 */
public final class ClipReplay {
    /** What was sent; {@code startNanos}: the wall-clock moment of media time 0. */
    public record Sent(long frames, long audioChunks, long startNanos, double mediaSec) {}

    private final double fps;
    private final int sampleRate;
    private final int chunkMs;
    private final int jpegQuality;

    /** @param sampleRate 16000, or 48000 (the 16 kHz decode is interpolated up, a stand-in for a 48 kHz microphone) */
    public ClipReplay(double fps, int sampleRate, int chunkMs, int jpegQuality) {
        if (sampleRate != 16_000 && sampleRate != 48_000) {
            throw new IllegalArgumentException("replay audio at 16000 or 48000 Hz, not " + sampleRate);
        }
        this.fps = fps;
        this.sampleRate = sampleRate;
        this.chunkMs = chunkMs;
        this.jpegQuality = jpegQuality;
    }

    /** Sends the first {@code seconds} of {@code file} (all of it when null); returns once the last message is sent. */
    public Sent replay(LiveClient client, Path file, Double seconds) throws InterruptedException {
        long frames = 0;
        long chunks = 0;
        double end = 0;
        long start = System.nanoTime();
        try (MediaReader reader = MediaReader.open(file, new ReadOptions(fps, 1.0, true, true, ReadOptions.DEFAULT_MAX_FRAME_SIDE))) {
            Iterator<MediaWindow> windows = reader.windows();
            while (windows.hasNext()) {
                MediaWindow w = windows.next();
                if (seconds != null && w.startSec() >= seconds) {
                    break;
                }
                for (Item item : items(w, seconds)) {
                    sleepUntil(start, item.sendAtSec);
                    client.send(message(item, frames, chunks));
                    if (item.frame != null) {
                        frames++;
                    } else {
                        chunks++;
                    }
                    end = Math.max(end, item.sendAtSec);
                }
            }
        }
        return new Sent(frames, chunks, start, end);
    }

    private List<Item> items(MediaWindow w, Double seconds) {
        List<Item> items = new ArrayList<>();
        for (VideoFrame f : w.frames()) {
            if (seconds == null || f.timeSec() < seconds) {
                items.add(new Item(f.timeSec(), f.timeSec(), f, null));
            }
        }
        if (w.hasAudio()) {
            AudioChunk a = w.audio();
            float[] s = a.samples();
            int step = AudioChunk.SAMPLE_RATE * chunkMs / 1000;
            for (int from = 0; from < s.length; from += step) {
                int to = Math.min(s.length, from + step);
                double t = a.startSec() + from / (double) AudioChunk.SAMPLE_RATE;
                if (seconds != null && t >= seconds) {
                    break;
                }
                float[] part = java.util.Arrays.copyOfRange(s, from, to);
                items.add(new Item(a.startSec() + to / (double) AudioChunk.SAMPLE_RATE, t, null, part));
            }
        }
        items.sort(Comparator.comparingDouble(Item::sendAtSec));
        return items;
    }

    private static void sleepUntil(long start, double sec) throws InterruptedException {
        long wait = start + (long) (sec * 1e9) - System.nanoTime();
        if (wait > 0) {
            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
        }
    }

    private MediaMessage message(Item item, long frameSeq, long chunkSeq) {
        long ms = Math.round(item.captureSec * 1000);
        if (item.frame != null) {
            return MediaMessage.video(frameSeq, ms, ClientMedia.jpeg(item.frame, jpegQuality));
        }
        float[] samples = sampleRate == AudioChunk.SAMPLE_RATE ? item.audio : ClientMedia.upsample3(item.audio);
        return MediaMessage.audio(chunkSeq, ms, sampleRate, ClientMedia.pcm16(samples, 0, samples.length));
    }

    private record Item(double sendAtSec, double captureSec, VideoFrame frame, float[] audio) {}
}
