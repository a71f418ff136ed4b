package io.interviewcoach.live.service;

/**
 * Whether another server has taken over a session this one created (with several replicas a session not started yet
 * is taken by the server its socket reaches, docs/live-state.md). Called off the event loop; may block briefly.
 */
@FunctionalInterface
public interface SessionOwnership {
    /** Nothing is shared: every session stays where it was created. */
    SessionOwnership LOCAL = id -> false;

    boolean takenElsewhere(String sessionId);
}
