package io.interviewcoach.account.store;

import java.time.OffsetDateTime;
import java.util.UUID;

/** A session shared with a coach, with both accounts' emails (the candidate's is null for an anonymous session). */
public record ShareRow(UUID sessionId, UUID coachId, String coachEmail, String candidateEmail, OffsetDateTime sharedAt) {
}
