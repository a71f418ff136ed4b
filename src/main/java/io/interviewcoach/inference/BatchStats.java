package io.interviewcoach.inference;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;

import io.interviewcoach.inference.Batcher.BatchCounts;

/** The batchers of this process by model, for benchmarks and metrics: how many batches ran and their mean size. */
public final class BatchStats {
    private static final List<Map.Entry<String, Batcher<?, ?>>> BATCHERS = new CopyOnWriteArrayList<>();

    private BatchStats() {
    }

    static <I, O> Batcher<I, O> register(String model, Batcher<I, O> batcher) {
        BATCHERS.add(Map.entry(model, batcher));
        return batcher;
    }

    /** Batches and requests per model since each was loaded (models loaded twice are summed). */
    public static Map<String, BatchCounts> snapshot() {
        Map<String, BatchCounts> out = new TreeMap<>();
        for (Map.Entry<String, Batcher<?, ?>> e : BATCHERS) {
            BatchCounts c = e.getValue().counts();
            out.merge(e.getKey(), c, (a, b) -> new BatchCounts(a.batches() + b.batches(), a.requests() + b.requests()));
        }
        return out;
    }

    /** Requests per batch over every batched model, 0 when none ran. */
    public static double meanBatchSize() {
        long batches = 0;
        long requests = 0;
        for (BatchCounts c : snapshot().values()) {
            batches += c.batches();
            requests += c.requests();
        }
        return batches == 0 ? 0 : (double) requests / batches;
    }
}
