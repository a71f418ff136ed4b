package io.interviewcoach.pipeline;

import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

import org.jboss.logging.Logger;

import io.interviewcoach.media.MediaWindow;
import io.interviewcoach.media.VideoFrame;
import io.smallrye.mutiny.Uni;

/**
 * One analyzer of one stream as the pipeline calls it: on the inference pool, one window at a time, with a
 * per-window deadline. A window the analyzer fails on, or does not finish in time, yields null for this analyzer
 * (counted; the other analyzers and the stream go on). An analyzer still busy with an earlier window (a hung
 * native call) is not entered again: the windows that reach it meanwhile yield null and are counted as skipped,
 * so it never runs concurrently with itself and cannot stall the stream. Frames of coming windows can be handed over
 * early ({@link #prepare}): they run on the same serial lane, before the windows submitted after them.
 *
 * @param <W> what the analyzer yields per window
 */
public final class AnalyzerCall<W> {
    private static final Logger LOG = Logger.getLogger(AnalyzerCall.class);
    private static final java.lang.management.ThreadMXBean CPU = java.lang.management.ManagementFactory.getThreadMXBean();

    private final String name;
    private final StreamAnalyzer<W, ?> analyzer;
    /** Frames waiting to be prepared beyond which an analyzer is taken as stuck and frames are no longer prepared. */
    private static final int MAX_WAITING_FRAMES = 64;

    private final SerialLane lane;
    private final Duration deadline;
    private final AtomicInteger waitingFrames = new AtomicInteger();
    private volatile boolean preparing = true;
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
        this.lane = new SerialLane(pool);
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
        // busy is cleared before the result goes on: the next window may be handed over from within complete()
        Uni<W> call = Uni.createFrom().<W>emitter(em -> lane.execute(() -> {
                    W result;
                    try {
                        result = timed(() -> stream.cancelled() ? null : analyzer.analyze(window));
                    } catch (Throwable e) {
                        busy.set(false);
                        em.fail(e);
                        return;
                    }
                    busy.set(false);
                    em.complete(result);
                }))
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

    /**
     * Hands a frame of a coming window to the analyzer ahead of its window ({@link StreamAnalyzer#prepare}); frames
     * must come in time order. Once frames pile up behind a stuck analyzer, no more are taken (the windows then work
     * on their frames themselves, still in order).
     */
    public void prepare(VideoFrame frame, RunningStream stream) {
        if (analyzer == null || !preparing || stream.cancelled()) {
            return;
        }
        if (waitingFrames.incrementAndGet() > MAX_WAITING_FRAMES) {
            waitingFrames.decrementAndGet();
            preparing = false;
            LOG.warnf("%s is %d frames behind; frames are no longer prepared ahead on this stream", name, MAX_WAITING_FRAMES);
            return;
        }
        lane.execute(() -> {
            waitingFrames.decrementAndGet();
            if (stream.cancelled()) {
                return;
            }
            try {
                timed(() -> {
                    analyzer.prepare(frame);
                    return null;
                });
            } catch (RuntimeException e) {
                LOG.debugf(e, "%s could not prepare the frame at %.2f s", name, frame.timeSec());
            }
        });
    }

    private <T> T timed(java.util.function.Supplier<T> work) {
        long start = System.nanoTime();
        long cpuStart = CPU.getCurrentThreadCpuTime();
        try {
            return work.get();
        } finally {
            cpuNanos.add(CPU.getCurrentThreadCpuTime() - cpuStart);
            busyNanos.add(System.nanoTime() - start);
        }
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
