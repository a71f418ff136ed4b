package io.interviewcoach.live.protocol;

/** The codes of the server's error messages (docs/protocol.md); none of them ends the session. */
public enum ErrorCode {
    messageTooLarge, frameTooLarge, rateLimited, malformed, badSequence, unsupportedRate, notStarted
}
