package io.interviewcoach.live.socket;

import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.interviewcoach.live.protocol.ErrorCode;
import io.interviewcoach.live.protocol.ProtocolJson;
import io.interviewcoach.live.protocol.ServerMessage;
import io.interviewcoach.live.service.LiveSession;
import io.interviewcoach.live.service.LiveSessions;
import io.interviewcoach.live.service.Outbound;
import io.interviewcoach.web.trace.LogContext;
import io.quarkus.websockets.next.CloseReason;
import io.quarkus.websockets.next.OnBinaryMessage;
import io.quarkus.websockets.next.OnClose;
import io.quarkus.websockets.next.OnError;
import io.quarkus.websockets.next.OnOpen;
import io.quarkus.websockets.next.OnTextMessage;
import io.quarkus.websockets.next.WebSocket;
import io.quarkus.websockets.next.UserData;
import io.quarkus.websockets.next.WebSocketConnection;
import io.smallrye.common.annotation.NonBlocking;
import io.vertx.core.buffer.Buffer;

/**
 * The live socket of a session (docs/protocol.md). Every callback runs on the event loop and returns at once: the
 * session hands decoding and analysis to its worker pools. The token was checked at the upgrade
 * ({@link TokenUpgradeCheck}); a session that ended meanwhile is closed with 4410 and where its report is ({@link EndedSessions}).
 */
@WebSocket(path = "/api/sessions/{id}/live")
public class LiveSocket {
    private static final Logger LOG = Logger.getLogger(LiveSocket.class);
    static final int CLOSE_UNAUTHORIZED = 4401;

    @Inject
    LiveSessions sessions;

    @Inject
    EndedSessions ended;

    @Inject
    SocketMessageBudget budget;

    private static final UserData.TypedKey<Long> RATE_ERROR_AT = UserData.TypedKey.forLong("coach.rate-error-at");
    /** The client's address without its port, worked out once per connection rather than per message. */
    private static final UserData.TypedKey<String> CLIENT_ADDRESS = UserData.TypedKey.forString("coach.client-address");

    @OnOpen
    @NonBlocking
    void open(WebSocketConnection connection) {
        try (var log = LogContext.session(connection.pathParam("id"))) {
            opened(connection);
        }
    }

    private void opened(WebSocketConnection connection) {
        LiveSession session = session(connection);
        if (session == null) {
            ended.closeReason(connection.pathParam("id"), TokenUpgradeCheck.token(connection.handshakeRequest().query()))
                    .chain(reason -> connection.close(reason.isPresent()
                            ? new CloseReason(EndedSessions.CLOSE_ENDED, reason.get())
                            : new CloseReason(CLOSE_UNAUTHORIZED, "unknown session or wrong token")))
                    .subscribe().with(v -> { }, e -> { });
            return;
        }
        sessions.connected(session, new ConnectionOutbound(connection));
    }

    @OnBinaryMessage
    @NonBlocking
    void binary(Buffer message, WebSocketConnection connection) {
        try (var log = LogContext.session(connection.pathParam("id"))) {
            LiveSession session = admitted(connection) ? session(connection) : null;
            if (session != null) {
                session.onBinary(message.getBytes());
            }
        }
    }

    @OnTextMessage
    @NonBlocking
    void text(String message, WebSocketConnection connection) {
        try (var log = LogContext.session(connection.pathParam("id"))) {
            LiveSession session = admitted(connection) ? session(connection) : null;
            if (session != null) {
                session.onText(message);
            }
        }
    }

    @OnClose
    @NonBlocking
    void close(WebSocketConnection connection) {
        try (var log = LogContext.session(connection.pathParam("id"))) {
            LiveSession session = session(connection);
            if (session != null) {
                sessions.disconnected(session, new ConnectionOutbound(connection));
            }
        }
    }

    @OnError
    @NonBlocking
    void error(Throwable e, WebSocketConnection connection) {
        try (var log = LogContext.session(connection.pathParam("id"))) {
            LOG.warnf("live socket %s: %s", connection.pathParam("id"), e.toString());
        }
    }

    /**
     * Whether the message is within the budget of its client address and of its session's owner
     * (coach.limits.socket-message, all their sessions together); one over it is dropped, and the client hears of it
     * at most once a second.
     */
    private boolean admitted(WebSocketConnection connection) {
        String address = connection.userData().get(CLIENT_ADDRESS);
        if (address == null) {
            address = host(connection.handshakeRequest().remoteAddress());
            connection.userData().put(CLIENT_ADDRESS, address);
        }
        if (budget.admits(address, connection.pathParam("id"))) {
            return true;
        }
        long now = System.nanoTime();
        Long last = connection.userData().get(RATE_ERROR_AT);
        if (last == null || now - last > 1_000_000_000L) {
            connection.userData().put(RATE_ERROR_AT, now);
            new ConnectionOutbound(connection).send(new ServerMessage.Error(ErrorCode.rateLimited,
                    "coach.limits.socket-message", "too many messages from this address or owner; the excess is dropped"));
        }
        return false;
    }

    /** The address without its port ({@code host:port}, IPv6 hosts included). */
    static String host(String remoteAddress) {
        int colon = remoteAddress == null ? -1 : remoteAddress.lastIndexOf(':');
        return colon > 0 ? remoteAddress.substring(0, colon) : String.valueOf(remoteAddress);
    }

    private LiveSession session(WebSocketConnection connection) {
        return sessions.find(connection.pathParam("id"), TokenUpgradeCheck.token(connection.handshakeRequest().query()))
                .orElse(null);
    }

    /** Equal for the same connection, so the session can tell whether a closing socket is its current one. */
    record ConnectionOutbound(WebSocketConnection connection) implements Outbound {
        @Override
        public void send(ServerMessage message) {
            if (connection.isOpen()) {
                connection.sendText(ProtocolJson.write(message)).subscribe().with(v -> { },
                        e -> LOG.debugf("live socket %s: a message was not sent: %s", connection.id(), e.toString()));
            }
        }

        @Override
        public void close(int code, String reason) {
            connection.close(new CloseReason(code, reason)).subscribe().with(v -> { }, e -> { });
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof ConnectionOutbound c && c.connection.id().equals(connection.id());
        }

        @Override
        public int hashCode() {
            return connection.id().hashCode();
        }
    }
}
