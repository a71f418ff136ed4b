package io.interviewcoach.account.rest;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.interviewcoach.account.store.ShareRow;

/** A session shared with a coach. */
@Schema(description = "A session shared with a coach")
public record ShareView(UUID sessionId, UUID coachId, String coachEmail,
        @Schema(description = "The candidate's email; null for a session of an anonymous owner", nullable = true)
        String candidateEmail, OffsetDateTime sharedAt) {
    public static ShareView of(ShareRow s) {
        return new ShareView(s.sessionId(), s.coachId(), s.coachEmail(), s.candidateEmail(), s.sharedAt());
    }
}
