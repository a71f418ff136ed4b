package io.interviewcoach.live.service;

import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.interviewcoach.analysis.TimelineReport;
import io.interviewcoach.live.protocol.ServerMessage;

/**
 * What a live session tells the storage adapters as it goes (PostgreSQL for what lasts, Redis for live state): the
 * live service itself knows no store. Calls come on the session's own threads (event loop, ingest, inference) in the
 * session's order; an implementation must not block and must not throw (a store that is down must not stop a
 * session: it logs, spools or retries on its own).
 */
public interface SessionJournal {
    /** A session was created; {@code tokenHash} is the SHA-256 of its token (web.access.BearerToken#hash). */
    default void created(String sessionId, String tokenHash, LiveSettings settings) {
    }

    /** The client sent start; {@code focus} is what it wants cues on (null: all). */
    default void started(String sessionId, List<String> focus) {
    }

    /** One analysed window, exactly as it was sent to the client. */
    default void window(String sessionId, ServerMessage.Window window) {
    }

    /**
     * One analysed window with what a report needs of it ({@code detail}: its timeline entry and frame count), so a
     * session whose process died can be finalized from what was stored (docs/live-state.md).
     */
    default void window(String sessionId, ServerMessage.Window window, TimelineReport.Window detail) {
        window(sessionId, window);
    }

    /** An answer is complete: its summary, exactly as it was sent to the client (the report's answers carry it). */
    default void answer(String sessionId, ServerMessage.Answer answer) {
    }

    /** The session finished; {@code report} is the final report JSON (with answers), null when none could be made. */
    default void finished(String sessionId, ObjectNode report) {
    }

    /** Everything of the session is being deleted (DELETE /api/sessions/{id}). */
    default void deleted(String sessionId) {
    }

    /** Another server took over the session before it started: forget it here, write nothing. */
    default void released(String sessionId) {
    }

    /** All of these, in order; one that throws is logged and the others still hear of it. */
    static SessionJournal of(List<SessionJournal> journals) {
        return new SessionJournals(List.copyOf(journals));
    }
}
