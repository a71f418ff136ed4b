package io.interviewcoach.pipeline;

import io.interviewcoach.media.MediaWindow;
import io.interviewcoach.media.VideoFrame;

/**
 * An incremental analyzer: it is handed the windows of one recording or live session in time order,
 * one call at a time (never concurrently with itself), returns what it measured in each window, and
 * summarises the whole stream at the end. One instance per stream; it may keep state between windows.
 *
 * @param <W> what one window yields (becomes part of the report timeline)
 * @param <S> the final summary (metrics and events)
 */
public interface StreamAnalyzer<W, S> {
    W analyze(MediaWindow window);

    /**
     * A frame of a coming window, handed over early (as a live frame arrives, or while the previous window is
     * analysed), so per-frame work that depends only on the frames before it (tracking, model inference) is done
     * before the window closes. Called with frames in time order, never concurrently with {@link #analyze}; a
     * window's results must be the same whether or not its frames were prepared. Default: nothing.
     */
    default void prepare(VideoFrame frame) {
    }

    S finish();
}
