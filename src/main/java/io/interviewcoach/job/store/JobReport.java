package io.interviewcoach.job.store;

/** What GET /api/analyses/{id}/report needs: the owner, the state, and the report JSON (null until done). */
public record JobReport(String tokenHash, JobStatus status, String reportJson, String error) {
}
