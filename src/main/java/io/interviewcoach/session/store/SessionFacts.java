package io.interviewcoach.session.store;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * What this process knows of a session's row, kept until the session's end so that any later write (and the end
 * itself, also from the spool) can write the whole row when an earlier write never landed.
 *
 * @param focusJson a JSON array of cue kinds, null for all
 * @param questionIdsJson a JSON array of question ids, or null
 */
public record SessionFacts(UUID id, String tokenHash, Integer fps, String poseModel, OffsetDateTime createdAt,
        OffsetDateTime startedAt, String focusJson, UUID ownerId, String questionIdsJson) {

    public static SessionFacts created(UUID id, String tokenHash, Integer fps, String poseModel, OffsetDateTime at) {
        return new SessionFacts(id, tokenHash, fps, poseModel, at, null, null, null, null);
    }

    public SessionFacts started(OffsetDateTime at, String focus) {
        return new SessionFacts(id, tokenHash, fps, poseModel, createdAt, at, focus, ownerId, questionIdsJson);
    }

    public SessionFacts owner(UUID owner, String questionIds) {
        return new SessionFacts(id, tokenHash, fps, poseModel, createdAt, startedAt, focusJson, owner, questionIds);
    }
}
