package io.interviewcoach.web.problem;

/**
 * Every kind of error the REST API answers with, each with a stable {@code type} URI (RFC 9457) that clients can
 * switch on; docs/api.md lists them. Add a constant here rather than answering with an ad-hoc status.
 */
public enum ProblemType {
    BAD_REQUEST("bad-request", 400, "Bad request"),
    UNAUTHORIZED("unauthorized", 401, "Token required"),
    /** An access token that does not verify (signature, algorithm, issuer, expiry) or a refused sign-in or refresh. */
    INVALID_TOKEN("invalid-token", 401, "Invalid credentials"),
    /** A signed-in user without the role an account-level call needs (never for session content: that is a 404). */
    FORBIDDEN("forbidden", 403, "Forbidden"),
    /** A change or a live socket from a page of another site (docs/security.md). */
    FOREIGN_ORIGIN("foreign-origin", 403, "Foreign origin"),
    NOT_FOUND("not-found", 404, "Not found"),
    METHOD_NOT_ALLOWED("method-not-allowed", 405, "Method not allowed"),
    NOT_ACCEPTABLE("not-acceptable", 406, "Not acceptable"),
    CONFLICT("conflict", 409, "Conflict"),
    NOT_FINISHED("not-finished", 409, "Not finished"),
    PAYLOAD_TOO_LARGE("payload-too-large", 413, "Payload too large"),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", 415, "Unsupported media type"),
    UNREADABLE_MEDIA("unreadable-media", 422, "Unreadable media"),
    ANALYSIS_FAILED("analysis-failed", 422, "Analysis failed"),
    TOO_MANY_REQUESTS("too-many-requests", 429, "Too many requests"),
    INTERNAL("internal", 500, "Internal error"),
    AT_CAPACITY("at-capacity", 503, "At capacity"),
    MODELS_MISSING("models-missing", 503, "Models missing"),
    /** The server is shutting down (docs/live-state.md, "Draining"); comes with Retry-After: another server takes it. */
    DRAINING("draining", 503, "Shutting down"),
    UNAVAILABLE("unavailable", 503, "Service unavailable"),
    /** PostgreSQL (or Redis) cannot be reached or does not answer in time; comes with Retry-After. */
    STORAGE_UNAVAILABLE("storage-unavailable", 503, "Storage unavailable");

    private static final String PREFIX = "urn:interview-coach:problem:";

    private final String slug;
    private final int status;
    private final String title;

    ProblemType(String slug, int status, String title) {
        this.slug = slug;
        this.status = status;
        this.title = title;
    }

    /** The stable identifier, e.g. {@code urn:interview-coach:problem:not-found}. */
    public String uri() {
        return PREFIX + slug;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    /** The type that best describes an HTTP status the framework produced on its own (unknown route, bad body). */
    public static ProblemType forStatus(int status) {
        for (ProblemType t : values()) {
            if (t.status == status) {
                return t;
            }
        }
        return status >= 500 ? INTERNAL : BAD_REQUEST;
    }
}
