package io.interviewcoach.live.protocol;

/** A client message the server refuses; it becomes an error message and the session goes on. */
public final class ProtocolException extends RuntimeException {
    private final ErrorCode code;
    private final String limit;

    /** @param limit the name of the limit broken (as in {@link Limits}), or null */
    public ProtocolException(ErrorCode code, String limit, String message) {
        super(message, null, false, false);
        this.code = code;
        this.limit = limit;
    }

    public ErrorCode code() {
        return code;
    }

    public String limit() {
        return limit;
    }
}
