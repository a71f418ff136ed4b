package io.interviewcoach.inference;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Inference-only time (the engine's forward pass, without pre/post-processing), recorded per model while
 * benchmarks have it switched on, so a benchmark can compare the whole pipeline against the raw models.
 * Switched off (the default) it costs one volatile read per inference.
 */
public final class InferenceTimings {
    private static volatile boolean enabled;
    private static final Map<String, List<Long>> SAMPLES = new ConcurrentHashMap<>();
    private static final ThreadLocal<long[]> THREAD_TOTAL = ThreadLocal.withInitial(() -> new long[1]);

    private InferenceTimings() {
    }

    public static void enable() {
        SAMPLES.clear();
        enabled = true;
    }

    public static void disable() {
        enabled = false;
    }

    static void record(String model, long nanos) {
        if (!enabled) {
            return;
        }
        SAMPLES.computeIfAbsent(model, k -> java.util.Collections.synchronizedList(new ArrayList<>())).add(nanos);
        THREAD_TOTAL.get()[0] += nanos;
    }

    static boolean enabled() {
        return enabled;
    }

    /** Forward-pass nanoseconds of each model since {@link #enable()}. */
    public static Map<String, List<Long>> samples() {
        Map<String, List<Long>> copy = new java.util.TreeMap<>();
        SAMPLES.forEach((k, v) -> {
            synchronized (v) {
                copy.put(k, List.copyOf(v));
            }
        });
        return copy;
    }

    /** Inference nanoseconds spent on the calling thread since the last call (then reset). */
    public static long takeThreadTotal() {
        long[] t = THREAD_TOTAL.get();
        long v = t[0];
        t[0] = 0;
        return v;
    }
}
