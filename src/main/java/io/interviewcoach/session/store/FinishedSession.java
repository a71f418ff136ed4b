package io.interviewcoach.session.store;

import java.time.OffsetDateTime;
import java.util.UUID;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The end of a session as it is written to PostgreSQL, or spooled while it cannot be.
 *
 * @param facts the session's row as this process knows it; null for a session another process created (its row is
 *        then only updated)
 * @param report the final report with answers; null when none could be made (the session failed)
 */
public record FinishedSession(UUID id, SessionFacts facts, ObjectNode report, OffsetDateTime finishedAt) {
    public String status() {
        return report == null ? SessionEntity.FAILED : SessionEntity.FINISHED;
    }
}
