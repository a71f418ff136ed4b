package io.interviewcoach.job.store;

import java.util.UUID;

/** A job a worker has just claimed; {@code attempts} counts this claim. */
public record ClaimedJob(UUID id, int attempts, String uploadPath, String fileName, String questionId,
        String transcript) {
}
