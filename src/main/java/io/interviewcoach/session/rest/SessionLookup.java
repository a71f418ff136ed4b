package io.interviewcoach.session.rest;

import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.interviewcoach.live.service.LiveSession;
import io.interviewcoach.live.service.LiveSessions;
import io.interviewcoach.session.store.FinishedSession;
import io.interviewcoach.session.store.SessionEntity;

/**
 * A session whose token was checked: what this process holds of it (running, finished and still kept, or its end
 * waiting in the spool for PostgreSQL) and its stored row (null while not yet written, or while PostgreSQL is away and
 * this process can answer without it). {@code uuid} is null for an id that is not a UUID.
 */
record SessionLookup(String id, UUID uuid, String token, SessionEntity row, FinishedSession spooled, LiveSessions live) {

    /** The report this process holds: a finished session kept in memory, one just made, or one in the spool. */
    Optional<ObjectNode> reportHere() {
        return live.report(id, token).or(() -> running().map(LiveSession::report))
                .or(() -> Optional.ofNullable(spooled == null ? null : spooled.report()));
    }

    Optional<LiveSession> running() {
        return live.find(id, token);
    }

    static UUID parse(String id) {
        try {
            return id == null ? null : UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
