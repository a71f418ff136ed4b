package io.interviewcoach.live.state;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.smallrye.mutiny.Uni;

/**
 * Where a live session's state lives: a hash of fields and an append-only list of its windows, both expiring
 * together. Redis when configured ({@link RedisLiveStateStore}), else this process ({@link InProcessLiveStateStore}).
 * Every call is asynchronous; a failed Uni means nothing or only part was written, and the same call may be repeated.
 */
public interface LiveStateStore {

    /**
     * One window message as the client got it; {@code index} orders the list and makes a repeated append harmless.
     * {@code detail}: what a report needs of the window (a {@code TimelineReport.Window} as JSON), null when not kept.
     */
    record StoredWindow(int index, String json, String detail) {
        public StoredWindow(int index, String json) {
            this(index, json, null);
        }
    }

    /**
     * Appends the windows not stored yet, then sets the fields (others are kept) and lets both expire after
     * {@code ttl}, unless a write with a version at least {@code version} got there first (a write delayed by the
     * network arriving after a newer one is ignored).
     */
    Uni<Void> save(String sessionId, long version, Map<String, String> fields, List<StoredWindow> windows,
            Duration ttl);

    /** Removes the session's fields and windows. */
    Uni<Void> delete(String sessionId);

    /** The session's fields; empty when there is no such session (or it expired). */
    Uni<Map<String, String>> fields(String sessionId);

    /** The window messages, in order. */
    Uni<List<String>> windows(String sessionId);

    /** The windows with their details, in order. */
    Uni<List<StoredWindow>> entries(String sessionId);

    /** Seconds until the session's state expires; null when it has none. */
    Uni<Long> ttlSeconds(String sessionId);

    /** Where the state lives, for the start-up line. */
    String describe();
}
