package io.interviewcoach.live.client;

/** The live service refused or broke off a replay; the message is one line for the user. */
public class LiveClientException extends RuntimeException {
    public LiveClientException(String message) {
        super(message);
    }

    public LiveClientException(String message, Throwable cause) {
        super(message, cause);
    }
}
