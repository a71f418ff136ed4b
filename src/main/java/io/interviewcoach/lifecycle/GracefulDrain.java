package io.interviewcoach.lifecycle;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import io.interviewcoach.config.CoachConfig;
import io.interviewcoach.job.service.JobWorker;
import io.interviewcoach.live.recovery.SessionHandoff;
import io.interviewcoach.live.service.LiveSessions;

/**
 * What {@code serve} does between SIGTERM (or Ctrl+C) and its stop (docs/adr/0017-draining.md): readiness DOWN and new
 * sessions refused at once, no new upload job claimed, the running live sessions and job given
 * {@code coach.shutdown.session-drain-timeout} to finish, then the sessions still running handed off
 * ({@link SessionHandoff}); a job still running goes back to the queue when the streams stop (JobWorker).
 */
@ApplicationScoped
public class GracefulDrain {
    private static final Logger LOG = Logger.getLogger(GracefulDrain.class);
    private static final long POLL_MS = 100;

    @Inject
    Draining draining;

    @Inject
    LiveSessions sessions;

    @Inject
    JobWorker jobs;

    @Inject
    SessionHandoff handoff;

    @Inject
    CoachConfig config;

    /** The longest {@link #drain} takes. */
    Duration budget() {
        return config.shutdown().sessionDrainTimeout().plus(handoff.budget());
    }

    void drain() {
        draining.begin();
        jobs.stopClaiming();
        handoff.releaseUnstarted();
        Duration timeout = config.shutdown().sessionDrainTimeout();
        int live = sessions.startedCount();
        int running = jobs.runningCount();
        if (live > 0 || running > 0) {
            LOG.infof("Draining: new sessions are refused; %d live session(s) and %d upload job(s) may go on for up to %s",
                    live, running, timeout);
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            while ((sessions.startedCount() > 0 || jobs.runningCount() > 0) && System.nanoTime() < deadline) {
                Thread.sleep(POLL_MS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        handoff.handOff();
    }
}
