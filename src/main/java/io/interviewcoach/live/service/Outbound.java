package io.interviewcoach.live.service;

import io.interviewcoach.live.protocol.ServerMessage;

/** Where a session's messages go: the socket currently attached. Implementations must not block. */
public interface Outbound {
    void send(ServerMessage message);

    /** Closes the connection with a WebSocket close code and a one-line reason. */
    void close(int code, String reason);
}
