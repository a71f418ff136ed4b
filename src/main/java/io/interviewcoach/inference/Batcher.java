package io.interviewcoach.inference;

import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * Gathers concurrent requests to one model into batches, on the callers' own threads (the inference pool; never an
 * event loop, since a caller blocks): the first caller with nobody leading waits up to the window, or until
 * {@code maxBatch} requests are queued, takes them and runs one batch; the others wait for their own result. Another
 * caller may lead the next batch while one runs. A caller alone with the model (nothing queued, nothing running: a
 * single stream, `analyze`) runs at once instead of waiting for company that is not coming. {@code runBatch} returns one outcome per request, in order, so a
 * request that fails fails only its own caller.
 */
public final class Batcher<I, O> {
    /** The result of one request of a batch: a value or the exception its caller gets. */
    record Outcome<O>(O value, RuntimeException error) {
        static <O> Outcome<O> of(O value) {
            return new Outcome<>(value, null);
        }

        static <O> Outcome<O> failed(RuntimeException error) {
            return new Outcome<>(null, error);
        }
    }

    /** Vert.x names its event-loop threads so; a caller there would block every connection of that loop. */
    static final String EVENT_LOOP_PREFIX = "vert.x-eventloop";

    private final long windowNanos;
    private final int maxBatch;
    private final Function<List<I>, List<Outcome<O>>> runBatch;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final Deque<Pending<I, O>> queue = new ArrayDeque<>();
    private final LongAdder batches = new LongAdder();
    private final LongAdder requests = new LongAdder();
    private boolean leading;
    /** Requests in batches being run now. */
    private int running;

    Batcher(java.time.Duration window, int maxBatch, Function<List<I>, List<Outcome<O>>> runBatch) {
        this.windowNanos = window.toNanos();
        this.maxBatch = maxBatch;
        this.runBatch = runBatch;
    }

    O call(I input) {
        return callAll(List.of(input)).get(0);
    }

    /**
     * Several requests of one caller (the two eyes of a face), in one batch with whatever else is queued; the results
     * in order. If any of them failed, its exception is thrown once all are done.
     */
    List<O> callAll(List<I> inputs) {
        if (Thread.currentThread().getName().startsWith(EVENT_LOOP_PREFIX)) {
            throw new IllegalStateException("a batched model was called on a Vert.x event loop; run inference on the inference pool");
        }
        List<Pending<I, O>> mine = inputs.stream().map(Pending<I, O>::new).toList();
        lock.lock();
        try {
            queue.addAll(mine);
            changed.signalAll();
            while (!mine.stream().allMatch(p -> p.done)) {
                if (leading || mine.stream().allMatch(p -> p.taken)) {
                    changed.awaitUninterruptibly();
                    continue;
                }
                List<Pending<I, O>> batch = lead(mine);
                lock.unlock();
                try {
                    run(batch);
                } finally {
                    lock.lock();
                }
            }
        } finally {
            lock.unlock();
        }
        List<O> results = new ArrayList<>(mine.size());
        for (Pending<I, O> p : mine) {
            results.add(p.result());
        }
        return results;
    }

    /** Called with the lock held: gathers for up to the window (unless alone with the model), then takes a batch. */
    private List<Pending<I, O>> lead(List<Pending<I, O>> mine) {
        leading = true;
        try {
            long own = mine.stream().filter(p -> !p.taken).count();
            if (queue.size() > own || running > 0) {
                long deadline = System.nanoTime() + windowNanos;
                long left;
                while (queue.size() < maxBatch && (left = deadline - System.nanoTime()) > 0) {
                    changed.awaitNanos(left);
                }
            }
        } catch (InterruptedException e) {
            // interrupted while gathering: run what is queued now rather than leave it without a leader
            Thread.currentThread().interrupt();
        } finally {
            leading = false;
        }
        List<Pending<I, O>> batch = take(mine);
        changed.signalAll();
        return batch;
    }

    /** Up to maxBatch requests (at least the leader's own that nobody took yet), the leader's first, then the oldest. */
    private List<Pending<I, O>> take(List<Pending<I, O>> mine) {
        List<Pending<I, O>> batch = new ArrayList<>();
        for (Pending<I, O> p : mine) {
            if (!p.taken) {
                queue.remove(p);
                batch.add(p);
            }
        }
        while (batch.size() < maxBatch && !queue.isEmpty()) {
            batch.add(queue.poll());
        }
        batch.forEach(p -> p.taken = true);
        running += batch.size();
        return batch;
    }

    private void run(List<Pending<I, O>> batch) {
        List<Outcome<O>> outcomes;
        try {
            outcomes = runBatch.apply(batch.stream().map(p -> p.input).toList());
            if (outcomes.size() != batch.size()) {
                throw new IllegalStateException("batch of " + batch.size() + " gave " + outcomes.size() + " results");
            }
        } catch (RuntimeException | Error e) {
            RuntimeException failure = e instanceof RuntimeException r ? r : new IllegalStateException(e);
            outcomes = batch.stream().map(p -> Outcome.<O>failed(failure)).toList();
        }
        batches.increment();
        requests.add(batch.size());
        lock.lock();
        try {
            for (int i = 0; i < batch.size(); i++) {
                batch.get(i).outcome = outcomes.get(i);
                batch.get(i).done = true;
            }
            running -= batch.size();
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Batches run and the requests they held, since the model was loaded. */
    BatchCounts counts() {
        return new BatchCounts(batches.sum(), requests.sum());
    }

    private static final class Pending<I, O> {
        final I input;
        boolean taken;
        boolean done;
        Outcome<O> outcome;

        Pending(I input) {
            this.input = input;
        }

        O result() {
            if (outcome.error() != null) {
                throw outcome.error();
            }
            return outcome.value();
        }
    }

    /** How many batches ran and how many requests they held. */
    public record BatchCounts(long batches, long requests) {
        static final BatchCounts NONE = new BatchCounts(0, 0);

        public BatchCounts plus(BatchCounts other) {
            return new BatchCounts(batches + other.batches, requests + other.requests);
        }

        public double meanSize() {
            return batches == 0 ? 0 : (double) requests / batches;
        }
    }
}
