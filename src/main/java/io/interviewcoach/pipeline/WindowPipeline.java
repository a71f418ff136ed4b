package io.interviewcoach.pipeline;

import java.util.concurrent.Executor;
import java.util.function.Function;

import io.interviewcoach.media.MediaWindow;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * The one analysis path for files and live sessions: windows are analysed one after another, in time order, so
 * a stateful analyzer sees them in order and never concurrently with itself; inside a window the analyzers run at
 * once (see {@link AnalyzerCall}). The source may run a couple of windows ahead (decoding overlaps analysis) but
 * no further, so memory stays flat. Once the stream is cancelled the source is stopped and queued windows are
 * skipped; the windows already inside an analyzer finish, so no model is left mid-inference.
 *
 * @param <R> what one window yields
 */
public final class WindowPipeline<R> {
    /** Windows decoded ahead of the one being analysed. */
    private static final int READ_AHEAD = 2;

    private final Function<MediaWindow, Uni<R>> analyzeWindow;
    private final Executor pool;

    /** @param analyzeWindow analyses one window (typically by combining {@link AnalyzerCall}s) */
    public WindowPipeline(Function<MediaWindow, Uni<R>> analyzeWindow, Executor pool) {
        this.analyzeWindow = analyzeWindow;
        this.pool = pool;
    }

    /** The results in window order, ending early (without an error) when {@code stream} is cancelled. */
    public Multi<R> process(Multi<MediaWindow> windows, RunningStream stream) {
        return windows
                .select().first(w -> !stream.cancelled())
                .emitOn(pool, READ_AHEAD)
                .onItem().transformToUniAndConcatenate(w -> analyze(w, stream));
    }

    /** A null item (skipped by the concatenation) for a window reached after cancellation. */
    private Uni<R> analyze(MediaWindow window, RunningStream stream) {
        if (stream.cancelled()) {
            return Uni.createFrom().nullItem();
        }
        return analyzeWindow.apply(window).map(r -> stream.cancelled() ? null : r);
    }
}
