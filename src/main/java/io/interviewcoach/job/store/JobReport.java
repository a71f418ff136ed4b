package io.interviewcoach.job.store;

import java.util.UUID;

/**
 * What GET /api/analyses/{id}/report needs: who may see it (the job token's hash, the owning account or null), the
 * state, and the report JSON (null until done).
 */
public record JobReport(String tokenHash, UUID ownerUserId, JobStatus status, String reportJson, String error) {
}
