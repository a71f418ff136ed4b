package io.interviewcoach.inference;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Inference-only time (the engine's forward pass, without pre/post-processing), recorded per model while
 * benchmarks have it switched on, so a benchmark can compare the whole pipeline against the raw models.
 * It is the calling thread's CPU time (both engines run an inference on the calling thread only), so other work on
 * a busy machine does not inflate it. Switched off (the default) it costs one volatile read per inference.
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

    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();

    /** The calling thread's CPU time now, in nanoseconds, while switched on (0 otherwise): pass it to {@link #record}. */
    static long start() {
        return enabled ? CPU.getCurrentThreadCpuTime() : 0;
    }

    /** Records the CPU time since {@code start} as one inference of {@code model}. */
    static void record(String model, long start) {
        record(model, start, 1);
    }

    /** Records the CPU time since {@code start} of one batch of {@code count} requests, as that many equal shares. */
    static void record(String model, long start, int count) {
        if (!enabled || start == 0) {
            return;
        }
        long share = (CPU.getCurrentThreadCpuTime() - start) / count;
        for (int i = 0; i < count; i++) {
            add(model, share);
        }
    }

    private static void add(String model, long nanos) {
        if (!enabled) {
            return;
        }
        SAMPLES.computeIfAbsent(model, k -> java.util.Collections.synchronizedList(new ArrayList<>())).add(nanos);
        THREAD_TOTAL.get()[0] += nanos;
    }

    static boolean enabled() {
        return enabled;
    }

    /** Forward-pass CPU nanoseconds of each model since {@link #enable()}. */
    public static Map<String, List<Long>> samples() {
        Map<String, List<Long>> copy = new java.util.TreeMap<>();
        SAMPLES.forEach((k, v) -> {
            synchronized (v) {
                copy.put(k, List.copyOf(v));
            }
        });
        return copy;
    }

    /** Inference CPU nanoseconds spent on the calling thread since the last call (then reset). */
    public static long takeThreadTotal() {
        long[] t = THREAD_TOTAL.get();
        long v = t[0];
        t[0] = 0;
        return v;
    }
}
