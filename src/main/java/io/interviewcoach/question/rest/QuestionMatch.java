package io.interviewcoach.question.rest;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A question of the bank with how well a job description covers its talking points (POST /api/questions/match). */
@Schema(name = "QuestionMatch")
public record QuestionMatch(
        QuestionView question,
        @Schema(description = "0-100: the share of the question's talking points the text covers (as an answer's content"
                + " relevance is scored, docs/scoring.md)") double relevance,
        @Schema(description = "the talking-point concepts found in the text, e.g. [\"conflict\", \"team\"]")
        List<String> matched) {}
