package io.interviewcoach.pipeline;

import java.util.List;

import io.interviewcoach.media.MediaWindow;

/**
 * What every analyzer measured in one window, in the order the analyzers were given; an entry is null
 * when that analyzer failed on this window (the failure is counted, the stream goes on).
 */
public record WindowOutcome(MediaWindow window, List<Object> results) {
    /** The result of the analyzer whose window type is {@code type}, or null. */
    public <W> W find(Class<W> type) {
        for (Object r : results) {
            if (type.isInstance(r)) {
                return type.cast(r);
            }
        }
        return null;
    }
}
