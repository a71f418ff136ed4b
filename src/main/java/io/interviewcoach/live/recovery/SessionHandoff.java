package io.interviewcoach.live.recovery;

import java.time.Duration;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.interviewcoach.config.CoachConfig;
import io.interviewcoach.live.service.LiveSession;
import io.interviewcoach.live.socket.EndedSessions;
import io.interviewcoach.live.service.LiveSessions;
import io.interviewcoach.live.state.LiveStateJournal;
import io.interviewcoach.live.state.LiveStateStores;

/**
 * The live sessions' part of a drain (docs/adr/0017-draining.md). At its start, the sessions no client has started
 * are left to another server (with Redis any server can take one over) or, on one machine, ended. At its end, each
 * session still running is ended here, where its whole analysis state is, so its report is complete: the client gets
 * it and then close 4410 (EndedSessions.CLOSE_ENDED); the stored state is flushed; then this server's heartbeat is removed, so a
 * session that could not be finished in time is finalized by another server at its next sweep, not after the node
 * timeout.
 */
@ApplicationScoped
public class SessionHandoff {
    private static final Logger LOG = Logger.getLogger(SessionHandoff.class);
    /** Close code of a socket whose session this server no longer runs because it is shutting down: connect again. */
    public static final int CLOSE_DRAINING = 4503;
    /** How long the reports of the sessions ended at the hand-off may take, beyond the windows in flight. */
    static final Duration REPORT_WAIT = Duration.ofSeconds(3);
    static final Duration FLUSH_WAIT = Duration.ofSeconds(2);
    private static final long POLL_MS = 50;

    @Inject
    LiveSessions sessions;

    @Inject
    LiveStateStores stores;

    @Inject
    LiveStateJournal state;

    @Inject
    SessionRecovery recovery;

    @Inject
    CoachConfig config;

    /** The longest {@link #handOff} takes. */
    public Duration budget() {
        return config.shutdown().drainTimeout().plus(REPORT_WAIT).plus(FLUSH_WAIT);
    }

    /** Sessions not started yet: released to another server (Redis), else ended; an attached socket hears 4503. */
    public void releaseUnstarted() {
        boolean shared = stores.shared();
        for (LiveSession s : sessions.running()) {
            if (!s.notStarted()) {
                continue;
            }
            if (shared) {
                sessions.release(s.id(), new LiveSession.CloseReason(CLOSE_DRAINING,
                        "server shutting down; connect again: another server takes this session"));
            } else {
                s.endAndClose("server shutting down before it started", new LiveSession.CloseReason(CLOSE_DRAINING,
                        "server shutting down; create a new session"));
            }
        }
    }

    /** Ends every session still here, waits for their reports and the stored state, then leaves the replicas. */
    public void handOff() {
        List<LiveSession> left = List.copyOf(sessions.running());
        for (LiveSession s : left) {
            s.endAndClose("server shutting down", new LiveSession.CloseReason(EndedSessions.CLOSE_ENDED,
                    EndedSessions.reason(s.id(), "server shutting down")));
        }
        boolean finished = await(() -> sessions.activeCount() == 0, config.shutdown().drainTimeout().plus(REPORT_WAIT));
        boolean flushed = await(state::flushed, FLUSH_WAIT);
        recovery.leave();
        if (!left.isEmpty() || !finished || !flushed) {
            LOG.infof("Drained: %d live session(s) ended at the drain timeout%s%s", left.size(),
                    finished ? "" : "; " + sessions.activeCount() + " could not finish and are finalized by another server",
                    flushed ? "" : "; some live state was not stored yet");
        }
    }


    private static boolean await(java.util.function.BooleanSupplier done, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            while (!done.getAsBoolean()) {
                if (System.nanoTime() > deadline) {
                    return false;
                }
                Thread.sleep(POLL_MS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return done.getAsBoolean();
        }
        return true;
    }
}
