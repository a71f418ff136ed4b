package io.interviewcoach.storage;

import java.net.SocketException;
import java.nio.channels.ClosedChannelException;
import java.time.Duration;

import org.eclipse.microprofile.faulttolerance.exceptions.FaultToleranceException;

import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.ClosedConnectionException;

/**
 * Tells a store that is away (unreachable, timing out, its circuit breaker open, shutting down) from a store that
 * answered with an error: the first is worth retrying later and answered 503, the second is a bug (500).
 */
public final class StorageFaults {
    /** The Retry-After of a 503 while a store is away: the delay of the stores' circuit breakers. */
    public static final Duration RETRY_AFTER = Duration.ofSeconds(5);

    private StorageFaults() {
    }

    public static boolean unavailable(Throwable error) {
        int depth = 0;
        for (Throwable e = error; e != null && depth < 16; e = e.getCause(), depth++) {
            if (e instanceof FaultToleranceException // timeout, circuit breaker open, bulkhead full
                    || e instanceof SocketException // connection refused or reset (also Netty's connect exception)
                    || e instanceof ClosedChannelException
                    || e instanceof ClosedConnectionException
                    || e instanceof java.util.concurrent.TimeoutException
                    || e instanceof io.netty.channel.ConnectTimeoutException
                    || (e instanceof PgException pg && serverAway(pg.getSqlState()))
                    || closedConnection(e)) {
                return true;
            }
        }
        return false;
    }

    /** SQLSTATE classes 08 (connection), 53 (insufficient resources), 57P (shutting down, cannot connect now). */
    private static boolean serverAway(String state) {
        return state != null && (state.startsWith("08") || state.startsWith("53") || state.startsWith("57P"));
    }

    /** The pooled client's own words for a connection that went away under a query. */
    private static boolean closedConnection(Throwable e) {
        String m = e.getMessage();
        return e instanceof io.vertx.core.VertxException && m != null
                && (m.contains("Connection was closed") || m.contains("Connection closed") || m.contains("Pending requests"));
    }
}
