package io.interviewcoach.inference;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import io.interviewcoach.inference.Batcher.BatchCounts;

/** The batchers of this process by model, for benchmarks and metrics: how many batches ran and their mean size. */
public final class BatchStats {
    private static final List<Map.Entry<String, Batcher<?, ?>>> BATCHERS = new CopyOnWriteArrayList<>();
    /** What the batchers of closed models did, so that closing a model neither keeps it reachable nor loses its counts. */
    private static final Map<String, BatchCounts> RETIRED = new ConcurrentHashMap<>();

    private BatchStats() {
    }

    static <I, O> Batcher<I, O> register(String model, Batcher<I, O> batcher) {
        BATCHERS.add(Map.entry(model, batcher));
        return batcher;
    }

    static void unregister(Batcher<?, ?> batcher) {
        for (Map.Entry<String, Batcher<?, ?>> e : BATCHERS) {
            if (e.getValue() == batcher && BATCHERS.remove(e)) {
                RETIRED.merge(e.getKey(), batcher.counts(), BatchCounts::plus);
            }
        }
    }

    /** Batches and requests per model since each was loaded (models loaded twice are summed). */
    public static Map<String, BatchCounts> snapshot() {
        Map<String, BatchCounts> out = new TreeMap<>(RETIRED);
        for (Map.Entry<String, Batcher<?, ?>> e : BATCHERS) {
            out.merge(e.getKey(), e.getValue().counts(), BatchCounts::plus);
        }
        return out;
    }

    /** Requests per batch over every batched model, 0 when none ran. */
    public static double meanBatchSize() {
        return snapshot().values().stream().reduce(BatchCounts.NONE, BatchCounts::plus).meanSize();
    }
}
