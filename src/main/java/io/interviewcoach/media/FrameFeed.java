package io.interviewcoach.media;

import java.util.ArrayDeque;
import java.util.function.Consumer;

/**
 * The video frames of a live stream as they arrive, before their window closes, so the analysis can start on
 * them early ({@link MediaWindow#upcoming()}). Frames published before anyone listens are kept (a bounded number)
 * and handed over, in order, when the listener comes. The listener runs on the publishing thread: it must not block.
 */
public final class FrameFeed {
    /** Frames kept for a listener still to come: about the first window and a half at 30 fps. */
    static final int MAX_EARLY_FRAMES = 48;

    private final ArrayDeque<VideoFrame> early = new ArrayDeque<>();
    private Consumer<VideoFrame> listener;
    private boolean closed;

    public synchronized void publish(VideoFrame frame) {
        if (closed) {
            return;
        }
        if (listener != null) {
            listener.accept(frame);
            return;
        }
        if (early.size() == MAX_EARLY_FRAMES) {
            early.removeFirst();
        }
        early.addLast(frame);
    }

    /** Sets the one listener: it first gets the frames published so far, then each new one. */
    public synchronized void listen(Consumer<VideoFrame> frames) {
        if (closed || listener != null) {
            return;
        }
        listener = frames;
        while (!early.isEmpty()) {
            frames.accept(early.removeFirst());
        }
    }

    /** No more frames: the listener is let go and kept frames are freed. */
    public synchronized void close() {
        closed = true;
        listener = null;
        early.clear();
    }
}
