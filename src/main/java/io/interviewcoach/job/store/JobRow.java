package io.interviewcoach.job.store;

import java.time.Instant;
import java.util.UUID;

/** A job's state without its report (what GET /api/analyses/{id} shows, plus the owner's token hash). */
public record JobRow(UUID id, String tokenHash, JobStatus status, double progress, Instant createdAt, Instant startedAt,
        Instant finishedAt, String error) {
}
