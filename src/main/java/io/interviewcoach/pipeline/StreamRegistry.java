package io.interviewcoach.pipeline;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The streams running in this process, so the process can stop in order: stop every source, let the
 * windows in flight finish (a bounded wait), and only then free models and decoders. A model is never freed
 * while a thread may still be inside it: when the wait runs out, {@link #idle()} stays false and the owner
 * of the models leaves them to the operating system instead of closing them.
 */
public final class StreamRegistry {
    private final Set<RunningStream> running = new LinkedHashSet<>();
    private boolean stopping;

    /** Registers a new stream; refused once the process is stopping. */
    public synchronized RunningStream open(String name) {
        if (stopping) {
            throw new ShuttingDownException("the process is stopping; " + name + " was not started");
        }
        RunningStream stream = new RunningStream(name, this::closed);
        running.add(stream);
        return stream;
    }

    private synchronized void closed(RunningStream stream) {
        running.remove(stream);
        notifyAll();
    }

    /** Refuses new streams and cancels the running ones, without waiting for them. */
    public synchronized void cancelAll() {
        stopping = true;
        List.copyOf(running).forEach(RunningStream::cancel);
    }

    /**
     * Refuses new streams, cancels the running ones and waits at most {@code bound} for them to close.
     *
     * @return true when every stream closed in time
     */
    public synchronized boolean stop(Duration bound) {
        cancelAll();
        long deadline = System.nanoTime() + bound.toNanos();
        while (!running.isEmpty()) {
            long leftMs = (deadline - System.nanoTime()) / 1_000_000;
            if (leftMs <= 0) {
                return false;
            }
            try {
                wait(leftMs);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    public synchronized boolean stopping() {
        return stopping;
    }

    /** True when no stream is running, so models and decoders may be freed. */
    public synchronized boolean idle() {
        return running.isEmpty();
    }

    /** Thrown when a stream is asked for while the process stops. */
    public static final class ShuttingDownException extends IllegalStateException {
        ShuttingDownException(String message) {
            super(message);
        }
    }
}
