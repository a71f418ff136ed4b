package io.interviewcoach.live.service;

import java.util.List;
import java.util.Optional;

import io.interviewcoach.fusion.WindowResults;
import io.interviewcoach.live.protocol.ServerMessage;

/**
 * The live cue channel of one session (docs/live-cues.md): fed every analysed window in order, it returns at most one
 * sparse cue. The cue engine plugs in here; until it does, sessions send no cues.
 */
@FunctionalInterface
public interface LiveCues {
    LiveCues NONE = results -> Optional.empty();

    Optional<ServerMessage.Cue> onWindow(WindowResults results);

    /** Creates a session's cues for the cue kinds it asked for ({@code focus}; null: every kind). */
    @FunctionalInterface
    interface Factory {
        Factory NONE = focus -> LiveCues.NONE;

        LiveCues create(List<String> focus);
    }
}
