package io.interviewcoach.job.store;

import java.time.Instant;
import java.util.UUID;

/** A job's state without its report (what GET /api/analyses/{id} shows, plus who may see it: the hash of the
 * job's token and the account that owns it, null for an anonymous owner or none). */
public record JobRow(UUID id, String tokenHash, UUID ownerUserId, JobStatus status, double progress, Instant createdAt, Instant startedAt,
        Instant finishedAt, String error) {
}
