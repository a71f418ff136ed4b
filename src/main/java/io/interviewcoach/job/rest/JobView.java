package io.interviewcoach.job.rest;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.interviewcoach.job.store.JobRow;

/** A job's state as GET /api/analyses/{id} shows it. */
@Schema(name = "Analysis")
public record JobView(
        String id,
        @Schema(enumeration = {"queued", "running", "done", "failed"}) String status,
        @Schema(description = "Windows analysed out of those the recording's duration promises, 0-100") double progress,
        Instant createdAt,
        @Schema(description = "When the current (last) attempt began; null while queued") Instant startedAt,
        @Schema(description = "When it became done or failed") Instant finishedAt,
        @Schema(description = "Why it failed; null otherwise") String error) {

    static JobView of(JobRow r) {
        return new JobView(r.id().toString(), r.status().wire(), r.progress(), r.createdAt(), r.startedAt(),
                r.finishedAt(), r.error());
    }
}
