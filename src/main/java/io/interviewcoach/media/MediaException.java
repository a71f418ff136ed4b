package io.interviewcoach.media;

/** Media that cannot be used, with a message fit for the user (no stack trace needed to understand it). */
public class MediaException extends RuntimeException {
    public MediaException(String message) {
        super(message);
    }

    public MediaException(String message, Throwable cause) {
        super(message, cause);
    }
}
