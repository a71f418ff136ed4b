package io.interviewcoach.job.store;

import java.util.UUID;

/**
 * An accepted upload, queued: where its file lies and what the analysis needs besides it. {@code ownerId}: the owner
 * whose token came with the upload, null for none.
 */
public record NewJob(UUID id, String tokenHash, UUID ownerId, String uploadPath, long uploadBytes, String mediaType, String fileName,
        String questionId, String transcript) {
}
