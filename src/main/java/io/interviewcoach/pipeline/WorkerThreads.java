package io.interviewcoach.pipeline;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/** Named daemon threads for decoding and inference, so blocking work never lands on an event loop. */
public final class WorkerThreads {
    private WorkerThreads() {
    }

    /**
     * The pool analyzers run on: at least one thread per analyzer of a stream (4) so the analyzers of a window
     * really run at once; the models' own pools bound how many inferences run in parallel.
     */
    public static ExecutorService inferencePool() {
        int threads = Math.max(4, Runtime.getRuntime().availableProcessors());
        return Executors.newFixedThreadPool(threads, named("inference"));
    }

    public static ExecutorService single(String name) {
        return Executors.newSingleThreadExecutor(named(name));
    }

    /**
     * Daemon threads named {@code prefix-1}, {@code prefix-2}, … They inherit no inheritable thread-locals: a pool
     * starts its threads on whichever thread submits first, and its logging context (a session or request id) must not
     * stick to every line the pool logs afterwards.
     */
    public static ThreadFactory named(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(null, r, prefix + "-" + n.incrementAndGet(), 0, false);
            t.setDaemon(true);
            return t;
        };
    }
}
