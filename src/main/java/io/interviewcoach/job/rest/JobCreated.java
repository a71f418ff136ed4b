package io.interviewcoach.job.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer to an accepted upload: the token is shown this once (send it as `Authorization: Bearer <token>`). */
@Schema(name = "AnalysisCreated")
public record JobCreated(
        @Schema(example = "5b0e4a4e-8a55-4a55-9f0c-2d2f4f1f2b6a") String id,
        @Schema(description = "Secret that owns the job; only its hash is stored") String token,
        @Schema(example = "/api/analyses/5b0e4a4e-8a55-4a55-9f0c-2d2f4f1f2b6a") String statusUrl,
        @Schema(example = "/api/analyses/5b0e4a4e-8a55-4a55-9f0c-2d2f4f1f2b6a/report") String reportUrl) {
}
