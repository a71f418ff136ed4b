package io.interviewcoach.pipeline;

import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

import org.jboss.logging.Logger;

import io.interviewcoach.media.MediaWindow;
import io.smallrye.mutiny.Uni;

/**
 * One analyzer of one stream as the pipeline calls it: on the inference pool, one window at a time, with a
 * per-window deadline. A window the analyzer fails on, or does not finish in time, yields null for this analyzer
 * (counted; the other analyzers and the stream go on). An analyzer still busy with an earlier window (a hung
 * native call) is not entered again: the windows that reach it meanwhile yield null and are counted as skipped,
 * so it never runs concurrently with itself and cannot stall the stream.
 *
 * @param <W> what the analyzer yields per window
 */
public final class AnalyzerCall<W> {
    private static final Logger LOG = Logger.getLogger(AnalyzerCall.class);
    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();

    private final String name;
    private final StreamAnalyzer<W, ?> analyzer;
    private final Executor pool;
    private final Duration deadline;
    private final AtomicBoolean busy = new AtomicBoolean();
    private final AtomicInteger failed = new AtomicInteger();
    private final AtomicInteger late = new AtomicInteger();
    private final AtomicInteger skipped = new AtomicInteger();
    private final LongAdder busyNanos = new LongAdder();
    private final LongAdder cpuNanos = new LongAdder();

    /**
     * @param analyzer null when this analyzer does not run on the stream (every window then yields null, uncounted)
     * @param deadline how long one window may take; null for no limit (offline analysis of a file)
     */
    public AnalyzerCall(String name, StreamAnalyzer<W, ?> analyzer, Executor pool, Duration deadline) {
        this.name = name;
        this.analyzer = analyzer;
        this.pool = pool;
        this.deadline = deadline;
    }

    public String name() {
        return name;
    }

    public boolean present() {
        return analyzer != null;
    }

    public Uni<W> analyze(MediaWindow window, RunningStream stream) {
        if (analyzer == null || stream.cancelled()) {
            return Uni.createFrom().nullItem();
        }
        if (!busy.compareAndSet(false, true)) {
            skipped.incrementAndGet();
            return Uni.createFrom().nullItem();
        }
        Uni<W> call = Uni.createFrom().item(() -> {
                    long start = System.nanoTime();
                    long cpuStart = CPU.getCurrentThreadCpuTime();
                    try {
                        return stream.cancelled() ? null : analyzer.analyze(window);
                    } finally {
                        cpuNanos.add(CPU.getCurrentThreadCpuTime() - cpuStart);
                        busyNanos.add(System.nanoTime() - start);
                        busy.set(false);
                    }
                })
                .runSubscriptionOn(pool)
                .onFailure().recoverWithItem(e -> {
                    failed.incrementAndGet();
                    LOG.warnf("%s failed on window %d (%.1f-%.1f s): %s", name, window.index(), window.startSec(),
                            window.endSec(), e.toString());
                    return null;
                });
        if (deadline == null) {
            return call;
        }
        return call.ifNoItem().after(deadline).recoverWithUni(() -> {
            late.incrementAndGet();
            LOG.warnf("%s missed its %d ms deadline on window %d", name, deadline.toMillis(), window.index());
            return Uni.createFrom().nullItem();
        });
    }

    /** Wall-clock time spent inside the analyzer so far, all windows together. */
    public long busyNanos() {
        return busyNanos.sum();
    }

    /**
     * CPU time of the calling threads inside the analyzer so far: what it costs, without the time spent waiting for
     * a model instance or a core (a live service's capacity is measured with it).
     */
    public long cpuNanos() {
        return cpuNanos.sum();
    }

    /** Windows whose analysis threw. */
    public int failures() {
        return failed.get();
    }

    /** Windows not finished within the deadline. */
    public int lateWindows() {
        return late.get();
    }

    /** Windows not analysed because the analyzer was still busy with an earlier one. */
    public int skippedWindows() {
        return skipped.get();
    }

    /** Windows this analyzer yielded nothing for, or null when it had none. */
    public String problems() {
        StringBuilder s = new StringBuilder();
        append(s, failures(), "failed on");
        append(s, lateWindows(), "missed the deadline on");
        append(s, skippedWindows(), "was still busy and skipped");
        return s.isEmpty() ? null : name + " " + s;
    }

    private static void append(StringBuilder s, int count, String what) {
        if (count > 0) {
            s.append(s.isEmpty() ? "" : ", ").append(what).append(' ').append(count).append(count == 1 ? " window" : " windows");
        }
    }
}
