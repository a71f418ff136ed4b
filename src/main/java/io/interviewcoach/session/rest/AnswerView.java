package io.interviewcoach.session.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.databind.JsonNode;

/** GET /api/sessions/{id}/answers/{n}: one answer of a finished session. */
@Schema(name = "Answer")
public record AnswerView(
        @Schema(description = "1-based position in the session") int n,
        @Schema(nullable = true) String questionId,
        @Schema(description = "the question as asked, when the bank knows it", nullable = true) String questionText,
        @Schema(description = "media seconds", nullable = true) Double start,
        @Schema(description = "media seconds", nullable = true) Double end,
        @Schema(description = "the recognised words of the answer, null without a transcript", nullable = true)
        String transcript,
        @Schema(description = "the report's answers[] element (docs/report-schema.md)") JsonNode section) {}
