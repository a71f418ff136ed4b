package io.interviewcoach.live.client;

import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.DoubleSupplier;

import io.interviewcoach.live.protocol.MediaMessage;

/**
 * Sends a clip's frames and audio chunks at real-time pace, looping it until the requested length. A frame goes out
 * at its capture time; an audio chunk once its last sample has been "recorded", stamped with its first sample's
 * time. Frames are thinned to the rate the server last asked for; audio is never skipped.
 */
final class MediaStreamer {
    /** Counts of what went out, the wall time (System.nanoTime) of media time 0, and why streaming stopped early. */
    record Sent(long startNanos, long frames, long audioChunks, String failure) {
    }

    private final ReplayMedia media;
    private final DoubleSupplier advisedFps;

    MediaStreamer(ReplayMedia media, DoubleSupplier advisedFps) {
        this.media = media;
        this.advisedFps = advisedFps;
    }

    Sent stream(LiveClient socket, double seconds) {
        long endMs = Math.round(seconds * 1000);
        int frameCount = media.frames().size();
        int chunkCount = media.audioChunks().size();
        long frameIndex = 0;
        long chunkIndex = 0;
        long framesSent = 0;
        long lastFrameMs = Long.MIN_VALUE;
        long start = System.nanoTime();
        while (true) {
            long frameMs = frameCount == 0 ? Long.MAX_VALUE : frameTime(frameIndex);
            long chunkMs = chunkCount == 0 ? Long.MAX_VALUE : chunkIndex * media.chunkMs();
            if (frameMs >= endMs && chunkMs >= endMs) {
                return new Sent(start, framesSent, chunkIndex, null);
            }
            boolean frameFirst = frameMs < endMs && (chunkMs >= endMs || frameMs <= chunkMs + media.chunkMs());
            try {
                if (frameFirst) {
                    if (wanted(frameMs, lastFrameMs)) {
                        waitUntil(start, frameMs);
                        ReplayMedia.Frame f = media.frames().get((int) (frameIndex % frameCount));
                        send(socket, MediaMessage.video(framesSent, frameMs, f.jpeg()));
                        framesSent++;
                        lastFrameMs = frameMs;
                    }
                    frameIndex++;
                } else {
                    waitUntil(start, chunkMs + media.chunkMs());
                    byte[] pcm = media.audioChunks().get((int) (chunkIndex % chunkCount));
                    send(socket, MediaMessage.audio(chunkIndex, chunkMs, ReplayMedia.SAMPLE_RATE, pcm));
                    chunkIndex++;
                }
            } catch (LiveClientException e) {
                return new Sent(start, framesSent, chunkIndex, e.getMessage());
            }
        }
    }

    /** Capture time of the n-th frame of the looped clip. */
    private long frameTime(long n) {
        int count = media.frames().size();
        return media.frames().get((int) (n % count)).timeMs() + (n / count) * media.durationMs();
    }

    /** Whether a frame at {@code ms} keeps the rate at or under the one the server asked for (half a frame of slack). */
    private boolean wanted(long ms, long lastMs) {
        if (lastMs == Long.MIN_VALUE) {
            return true;
        }
        double fps = Math.min(advisedFps.getAsDouble(), media.fps());
        return ms - lastMs >= 1000 / fps - 500 / media.fps();
    }

    private static void waitUntil(long startNanos, long mediaMs) {
        long due = startNanos + TimeUnit.MILLISECONDS.toNanos(mediaMs);
        for (long left = due - System.nanoTime(); left > 0; left = due - System.nanoTime()) {
            LockSupport.parkNanos(left);
        }
    }

    private static void send(LiveClient socket, MediaMessage message) {
        try {
            socket.send(message);
        } catch (CompletionException | IllegalStateException e) {
            throw new LiveClientException("the socket closed while streaming: " + e.getMessage(), e);
        }
    }
}
