package io.interviewcoach.question.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of POST /api/questions/match. */
@Schema(name = "MatchRequest")
public record MatchRequest(
        @Schema(description = "a job description or any text about the role, at most "
                + QuestionResource.MAX_MATCH_CHARS + " characters") String text) {}
