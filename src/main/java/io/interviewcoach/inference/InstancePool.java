package io.interviewcoach.inference;

import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A fixed set of non-thread-safe instances (nets, predictors) handed out one caller at a time; callers
 * block while all are busy, which bounds how many inferences of one model run at once. Closing frees only
 * instances that are back in the pool: one still inside an inference is never freed under its thread.
 */
final class InstancePool<T> {
    /** How long {@link #close} waits for instances still in use. */
    private static final long CLOSE_WAIT_MS = 500;
    private static final long POLL_MS = 50;

    private final String name;
    private final List<T> all;
    private final BlockingQueue<T> idle;
    private volatile boolean closed;

    InstancePool(String name, List<T> instances) {
        this.name = name;
        this.all = List.copyOf(instances);
        this.idle = new ArrayBlockingQueue<>(all.size(), false, all);
    }

    <R> R use(Function<T, R> work) {
        T instance = take();
        try {
            return work.apply(instance);
        } finally {
            idle.add(instance);
        }
    }

    private T take() {
        try {
            while (true) {
                if (closed) {
                    throw new IllegalStateException(name + " is closed: the process is stopping");
                }
                T instance = idle.poll(POLL_MS, TimeUnit.MILLISECONDS);
                if (instance != null) {
                    if (closed) {
                        idle.add(instance);
                        continue;
                    }
                    return instance;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + name, e);
        }
    }

    /**
     * Refuses further use, then frees each instance as it comes back, waiting a bounded time.
     *
     * @return true when every instance was freed; false when some were still in use and were left alone
     */
    boolean close(Consumer<T> free) {
        closed = true;
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(CLOSE_WAIT_MS);
        int freed = 0;
        try {
            while (freed < all.size()) {
                T instance = idle.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                if (instance == null) {
                    return false;
                }
                free.accept(instance);
                freed++;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        return true;
    }
}
