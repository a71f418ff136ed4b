package io.interviewcoach.account.rest;

import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Whom to share a session with: a coach's id or email (one of the two). */
@Schema(description = "The coach, by id or by email")
public record ShareRequest(@Schema(nullable = true) UUID coachId, @Schema(nullable = true) String coachEmail) {
}
