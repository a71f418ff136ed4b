package io.interviewcoach.pipeline;

import io.interviewcoach.media.MediaWindow;

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

    S finish();
}
