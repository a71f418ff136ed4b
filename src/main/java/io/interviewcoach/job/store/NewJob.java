package io.interviewcoach.job.store;

import java.util.UUID;

/** An accepted upload, queued: where its file lies and what the analysis needs besides it. */
public record NewJob(UUID id, String tokenHash, String uploadPath, long uploadBytes, String mediaType, String fileName,
        String questionId, String transcript) {
}
