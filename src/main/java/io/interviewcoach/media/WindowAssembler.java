package io.interviewcoach.media;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/**
 * Cuts a time-ordered stream of video frames and audio samples into {@link MediaWindow}s of fixed length.
 * Used by the file reader and by live sessions alike, so both produce the same windows from the same media.
 * Only the windows still open are held in memory.
 */
public final class WindowAssembler {
    /** How far one stream may run ahead of the other before windows are closed anyway. */
    private static final int MAX_SKEW_WINDOWS = 2;

    private final double windowSec;
    private final boolean expectVideo;
    private final boolean expectAudio;
    private final TreeMap<Integer, Pending> open = new TreeMap<>();
    private double videoTime = -1;
    private long audioSamples;
    private int nextToEmit;

    public WindowAssembler(double windowSec, boolean expectVideo, boolean expectAudio) {
        if (windowSec <= 0) {
            throw new IllegalArgumentException("window length must be positive");
        }
        this.windowSec = windowSec;
        this.expectVideo = expectVideo;
        this.expectAudio = expectAudio;
    }

    public double windowSec() {
        return windowSec;
    }

    /** Frames must come in time order; a frame older than an already emitted window is dropped. */
    public void addFrame(VideoFrame frame) {
        int index = indexOf(frame.timeSec());
        videoTime = Math.max(videoTime, frame.timeSec());
        if (index < nextToEmit) {
            return;
        }
        pending(index).frames.add(frame);
    }

    /** Appends mono 16 kHz samples that follow the ones already added. */
    public void addAudio(float[] samples, int offset, int length) {
        int i = 0;
        while (i < length) {
            double t = (audioSamples + i) / (double) AudioChunk.SAMPLE_RATE;
            int index = indexOf(t);
            long windowEndSample = Math.round((index + 1) * windowSec * AudioChunk.SAMPLE_RATE);
            int take = (int) Math.min(length - i, windowEndSample - (audioSamples + i));
            take = Math.max(take, 1);
            if (index >= nextToEmit) {
                pending(index).audio.append(samples, offset + i, take);
            }
            i += take;
        }
        audioSamples += length;
    }

    public double audioTimeSec() {
        return audioSamples / (double) AudioChunk.SAMPLE_RATE;
    }

    /** Windows that both streams have moved past, in order. */
    public List<MediaWindow> drainReady() {
        List<MediaWindow> ready = new ArrayList<>();
        while (!open.isEmpty()) {
            int first = open.firstKey();
            double end = (first + 1) * windowSec;
            boolean videoPast = !expectVideo || videoTime >= end;
            boolean audioPast = !expectAudio || audioTimeSec() >= end;
            double lead = Math.max(expectVideo ? videoTime : 0, expectAudio ? audioTimeSec() : 0);
            boolean skewed = lead >= end + MAX_SKEW_WINDOWS * windowSec;
            if (!(videoPast && audioPast) && !skewed) {
                break;
            }
            ready.add(emit(first, end));
        }
        return ready;
    }

    /** Everything still open, at the end of the stream; the last window ends where the media ends. */
    public List<MediaWindow> flush() {
        List<MediaWindow> rest = new ArrayList<>();
        double mediaEnd = Math.max(videoTime, audioTimeSec());
        while (!open.isEmpty()) {
            int first = open.firstKey();
            double end = Math.min((first + 1) * windowSec, Math.max(mediaEnd, first * windowSec));
            rest.add(emit(first, end));
        }
        return rest;
    }

    private MediaWindow emit(int index, double end) {
        // Windows with nothing in them (a gap in a live stream) are still emitted so the timeline has no holes.
        for (int gap = nextToEmit; gap < index; gap++) {
            open.computeIfAbsent(gap, k -> new Pending());
        }
        int first = open.firstKey();
        Pending p = open.remove(first);
        nextToEmit = first + 1;
        double start = first * windowSec;
        double windowEnd = first == index ? end : (first + 1) * windowSec;
        AudioChunk audio = expectAudio ? new AudioChunk(start, p.audio.toArray()) : null;
        return new MediaWindow(first, start, windowEnd, p.frames, audio);
    }

    private Pending pending(int index) {
        return open.computeIfAbsent(index, k -> new Pending());
    }

    private int indexOf(double timeSec) {
        return (int) Math.floor(Math.max(0, timeSec) / windowSec + 1e-9);
    }

    private static final class Pending {
        final List<VideoFrame> frames = new ArrayList<>();
        final FloatList audio = new FloatList();
    }

    private static final class FloatList {
        private float[] data = new float[AudioChunk.SAMPLE_RATE];
        private int size;

        void append(float[] src, int offset, int length) {
            if (size + length > data.length) {
                data = java.util.Arrays.copyOf(data, Math.max(data.length * 2, size + length));
            }
            System.arraycopy(src, offset, data, size, length);
            size += length;
        }

        float[] toArray() {
            return java.util.Arrays.copyOf(data, size);
        }
    }
}
