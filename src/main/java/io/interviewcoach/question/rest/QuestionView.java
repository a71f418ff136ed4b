package io.interviewcoach.question.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.databind.JsonNode;

/** A question of the bank (docs/question-bank.md). */
@Schema(name = "Question")
public record QuestionView(
        String id,
        String text,
        String category,
        @Schema(description = "the area of a role-<area> category, else null", nullable = true) String role,
        @Schema(description = "a Situation-Task-Action-Result story is the expected shape") boolean star,
        @Schema(description = "[{point, keywords: [[concept synonyms...]...]}]") JsonNode talkingPoints,
        @Schema(description = "the bank file it came from", nullable = true) String source) {}
