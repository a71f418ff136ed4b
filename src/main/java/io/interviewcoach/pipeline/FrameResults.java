package io.interviewcoach.pipeline;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.function.Function;

import io.interviewcoach.media.VideoFrame;

/**
 * An analyzer's per-frame work done ahead of the frame's window ({@link StreamAnalyzer#prepare}), kept until the
 * window takes it. A frame nobody prepared is worked on when its window takes it, so a window gets the same results
 * either way as long as frames reach {@code work} in time order. Not thread-safe: the analyzer's own lane only.
 *
 * @param <T> what the work yields for one frame (never null)
 */
public final class FrameResults<T> {
    private final Function<VideoFrame, T> work;
    private final Map<VideoFrame, T> ready = new IdentityHashMap<>();

    public FrameResults(Function<VideoFrame, T> work) {
        this.work = work;
    }

    public void prepare(VideoFrame frame) {
        if (!ready.containsKey(frame)) {
            ready.put(frame, work.apply(frame));
        }
    }

    /** The frame's result: prepared earlier, or worked out now. */
    public T take(VideoFrame frame) {
        T result = ready.remove(frame);
        return result != null ? result : work.apply(frame);
    }

    /** Drops results of frames before {@code timeSec} that no window took (a paused stretch of a live session). */
    public void forgetBefore(double timeSec) {
        ready.keySet().removeIf(f -> f.timeSec() < timeSec);
    }
}
