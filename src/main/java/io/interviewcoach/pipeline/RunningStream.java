package io.interviewcoach.pipeline;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * One stream being analysed (a recording, a live session) as the process's {@link StreamRegistry} sees it:
 * its source stops and its queued windows are skipped once it is {@link #cancelled()}; closing it tells the
 * registry that no thread of this stream is inside a model or decoder any more.
 */
public final class RunningStream implements AutoCloseable {
    private final String name;
    private final Consumer<RunningStream> onClose;
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private final AtomicBoolean closed = new AtomicBoolean();

    RunningStream(String name, Consumer<RunningStream> onClose) {
        this.name = name;
        this.onClose = onClose;
    }

    /** A stream no registry waits for (tests, benchmarks); it can still be cancelled. */
    public static RunningStream detached(String name) {
        return new RunningStream(name, s -> { });
    }

    public String name() {
        return name;
    }

    public boolean cancelled() {
        return cancelled.get();
    }

    /** Asks the stream to stop: no new windows are read, queued ones are skipped, running ones finish. */
    public void cancel() {
        cancelled.set(true);
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            onClose.accept(this);
        }
    }
}
