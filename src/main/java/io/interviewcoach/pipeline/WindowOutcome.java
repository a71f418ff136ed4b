package io.interviewcoach.pipeline;

import java.util.List;

import io.interviewcoach.media.MediaWindow;

/**
 * What every analyzer measured in one window, in the order the analyzers were given; an entry is null
 * when that analyzer failed on this window (the failure is counted, the stream goes on).
 */
public record WindowOutcome(MediaWindow window, List<Object> results) {
    public <W> W result(int analyzerIndex, Class<W> type) {
        Object r = results.get(analyzerIndex);
        return type.isInstance(r) ? type.cast(r) : null;
    }
}
