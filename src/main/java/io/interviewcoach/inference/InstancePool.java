package io.interviewcoach.inference;

import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Function;

/**
 * A fixed set of non-thread-safe instances (nets, predictors) handed out one caller at a time; callers
 * block while all are busy, which bounds how many inferences of one model run at once.
 */
final class InstancePool<T> {
    private final String name;
    private final List<T> all;
    private final BlockingQueue<T> idle;

    InstancePool(String name, List<T> instances) {
        this.name = name;
        this.all = List.copyOf(instances);
        this.idle = new ArrayBlockingQueue<>(all.size(), false, all);
    }

    <R> R use(Function<T, R> work) {
        T instance;
        try {
            instance = idle.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + name, e);
        }
        try {
            return work.apply(instance);
        } finally {
            idle.add(instance);
        }
    }

    List<T> all() {
        return all;
    }
}
