package io.interviewcoach.pipeline;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicIntegerArray;

import org.jboss.logging.Logger;

import io.interviewcoach.media.MediaWindow;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * The one analysis path for files and live sessions: every window goes to all analyzers at once, each on
 * the inference pool, and the outcomes come out in window order. Windows are processed one after another,
 * so a stateful analyzer sees them in time order and never concurrently with itself; the source may run
 * a couple of windows ahead (decoding overlaps analysis) but no further, so memory stays flat.
 * Once the stream is cancelled the source is stopped and queued windows are skipped; the windows already
 * inside an analyzer finish, so no model is left mid-inference.
 */
public final class WindowPipeline {
    private static final Logger LOG = Logger.getLogger(WindowPipeline.class);
    /** Windows decoded ahead of the one being analysed. */
    private static final int READ_AHEAD = 2;

    private final List<StreamAnalyzer<?, ?>> analyzers;
    private final Executor inferencePool;
    private final AtomicIntegerArray failures;

    public WindowPipeline(List<? extends StreamAnalyzer<?, ?>> analyzers, Executor inferencePool) {
        this.analyzers = List.copyOf(analyzers);
        this.inferencePool = inferencePool;
        this.failures = new AtomicIntegerArray(this.analyzers.size());
    }

    public Multi<WindowOutcome> process(Multi<MediaWindow> windows) {
        return process(windows, RunningStream.detached("windows"));
    }

    /** Like {@link #process(Multi)}, ending early (without an error) when {@code stream} is cancelled. */
    public Multi<WindowOutcome> process(Multi<MediaWindow> windows, RunningStream stream) {
        return windows
                .select().first(w -> !stream.cancelled())
                .emitOn(inferencePool, READ_AHEAD)
                .onItem().transformToUniAndConcatenate(w -> analyzeWindow(w, stream));
    }

    /** Windows on which each analyzer failed, in analyzer order. */
    public int[] failures() {
        int[] out = new int[failures.length()];
        Arrays.setAll(out, failures::get);
        return out;
    }

    /** A null item (skipped by the concatenation) for a window reached after cancellation. */
    private Uni<WindowOutcome> analyzeWindow(MediaWindow window, RunningStream stream) {
        if (stream.cancelled()) {
            return Uni.createFrom().nullItem();
        }
        if (analyzers.isEmpty()) {
            // nothing in the stream can be analysed (e.g. frames too small, no audio): the windows still pass
            return Uni.createFrom().item(new WindowOutcome(window, new ArrayList<>()));
        }
        List<Uni<Object>> perAnalyzer = new ArrayList<>(analyzers.size());
        for (int i = 0; i < analyzers.size(); i++) {
            perAnalyzer.add(analyzeWith(i, window, stream));
        }
        return Uni.combine().all().unis(perAnalyzer)
                .with(results -> stream.cancelled() ? null : new WindowOutcome(window, new ArrayList<>(results)));
    }

    private Uni<Object> analyzeWith(int index, MediaWindow window, RunningStream stream) {
        StreamAnalyzer<?, ?> analyzer = analyzers.get(index);
        return Uni.createFrom().item(() -> stream.cancelled() ? null : (Object) analyzer.analyze(window))
                .runSubscriptionOn(inferencePool)
                .onFailure().recoverWithItem(e -> {
                    failures.incrementAndGet(index);
                    LOG.warnf("%s failed on window %d (%.1f-%.1f s): %s", analyzer.getClass().getSimpleName(),
                            window.index(), window.startSec(), window.endSec(), e.toString());
                    return null;
                });
    }
}
