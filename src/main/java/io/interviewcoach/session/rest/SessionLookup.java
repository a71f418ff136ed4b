package io.interviewcoach.session.rest;

import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.interviewcoach.live.service.LiveSession;
import io.interviewcoach.live.service.LiveSessions;
import io.interviewcoach.session.store.SessionEntity;

/**
 * A session whose token was checked: what this process holds of it (running, or finished and still kept) and its
 * stored row (null while not yet written). {@code uuid} is null for an id that is not a UUID.
 */
record SessionLookup(String id, UUID uuid, String token, SessionEntity row, LiveSessions live) {

    /** The report from memory: a finished session kept here, or one whose report was just made. */
    Optional<ObjectNode> reportInMemory() {
        return live.report(id, token).or(() -> running().map(LiveSession::report));
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
