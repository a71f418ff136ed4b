package io.interviewcoach.live.service;

import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.concurrent.Executor;

import org.jboss.logging.Logger;

import io.interviewcoach.web.trace.LogContext;

/**
 * A session's incoming work (JPEG decoding, resampling, control messages) run one item at a time, in arrival order,
 * on a shared worker pool, never on the event loop. When decoding falls behind, the oldest waiting video frame is
 * dropped so the newest is kept; audio and control items are never dropped.
 */
final class IngestQueue {
    private static final Logger LOG = Logger.getLogger(IngestQueue.class);

    private final Executor pool;
    private final int maxWaitingFrames;
    private final String sessionId;
    /** Built once: it starts for nearly every frame and audio chunk. */
    private final Runnable drainTask;
    private final ArrayDeque<Item> items = new ArrayDeque<>();
    private int waitingFrames;
    private boolean draining;

    IngestQueue(Executor pool, int maxWaitingFrames, String sessionId) {
        this.pool = pool;
        this.maxWaitingFrames = maxWaitingFrames;
        this.sessionId = sessionId;
        this.drainTask = LogContext.inSession(sessionId, this::drain);
    }

    void add(Runnable work) {
        enqueue(new Item(work, null));
    }

    /** {@code onDrop} runs (on the caller's thread) for a frame dropped to make room. */
    void addFrame(Runnable work, Runnable onDrop) {
        enqueue(new Item(work, onDrop));
    }

    private void enqueue(Item item) {
        Runnable dropped = null;
        boolean start;
        synchronized (this) {
            if (item.isFrame() && waitingFrames >= maxWaitingFrames) {
                dropped = dropOldestFrame();
            }
            items.add(item);
            waitingFrames += item.isFrame() ? 1 : 0;
            start = !draining;
            draining = true;
        }
        if (dropped != null) {
            dropped.run();
        }
        if (start) {
            pool.execute(drainTask);
        }
    }

    private Runnable dropOldestFrame() {
        for (Iterator<Item> it = items.iterator(); it.hasNext(); ) {
            Item i = it.next();
            if (i.isFrame()) {
                it.remove();
                waitingFrames--;
                return i.onDrop;
            }
        }
        return null;
    }

    private void drain() {
        while (true) {
            Item next;
            synchronized (this) {
                next = items.poll();
                if (next == null) {
                    draining = false;
                    return;
                }
                waitingFrames -= next.isFrame() ? 1 : 0;
            }
            try {
                next.work.run();
            } catch (RuntimeException e) {
                LOG.errorf(e, "session %s: a media message could not be processed", sessionId);
            }
        }
    }

    private record Item(Runnable work, Runnable onDrop) {
        boolean isFrame() {
            return onDrop != null;
        }
    }
}
