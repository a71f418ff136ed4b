package io.interviewcoach.session.rest;

import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.interviewcoach.live.service.LiveSession;
import io.interviewcoach.live.service.LiveSessions;
import io.interviewcoach.session.store.FinishedSession;
import io.interviewcoach.session.store.SessionEntity;

/**
 * A session the caller was let in to ({@link io.interviewcoach.web.access.ResourceAccess}): what this process holds of it (running, finished and still kept, or its end
 * waiting in the spool for PostgreSQL) and its stored row (null while not yet written, or while PostgreSQL is away and
 * this process can answer without it). {@code uuid} is null for an id that is not a UUID.
 */
record SessionLookup(String id, UUID uuid, SessionEntity row, FinishedSession spooled, LiveSessions live) {

    /** The report this process holds: a finished session kept in memory, one just made, or one in the spool. */
    Optional<ObjectNode> reportHere() {
        return live.finishedReport(id).or(() -> running().map(LiveSession::report))
                .or(() -> Optional.ofNullable(spooled == null ? null : spooled.report()));
    }

    Optional<LiveSession> running() {
        return live.active(id);
    }

    static UUID parse(String id) {
        try {
            return id == null ? null : UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
