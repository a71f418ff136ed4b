package io.interviewcoach.web.problem;

import java.time.Duration;

import io.interviewcoach.storage.StorageFaults;

/** Thrown by a resource or service to answer with a problem response ({@link ProblemMappers}); no stack trace kept. */
public class ProblemException extends RuntimeException {
    private final ProblemType type;
    private final Duration retryAfter;

    public ProblemException(ProblemType type, String detail) {
        this(type, detail, null);
    }

    public ProblemException(ProblemType type, String detail, Duration retryAfter) {
        super(detail, null, false, false);
        this.type = type;
        this.retryAfter = retryAfter;
    }

    public ProblemType type() {
        return type;
    }

    /** When to try again, or null. */
    public Duration retryAfter() {
        return retryAfter;
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(ProblemType.NOT_FOUND, detail);
    }

    /** The database cannot be reached now (io.interviewcoach.storage.StorageFaults): 503 with Retry-After. */
    public static ProblemException storageUnavailable() {
        return new ProblemException(ProblemType.STORAGE_UNAVAILABLE,
                "The database is unavailable; nothing is lost, try again shortly", StorageFaults.RETRY_AFTER);
    }

    public static ProblemException badRequest(String detail) {
        return new ProblemException(ProblemType.BAD_REQUEST, detail);
    }
}
