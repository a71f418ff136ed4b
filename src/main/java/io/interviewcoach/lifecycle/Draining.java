package io.interviewcoach.lifecycle;

import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Whether this server is draining: from SIGTERM/SIGINT of {@code serve} on, it is not ready (/q/health/ready), refuses
 * new sessions and stops claiming upload jobs, while the running sessions go on (docs/live-state.md, "Draining").
 */
@ApplicationScoped
public class Draining {
    /** What a refused client is told to wait: another replica takes it as soon as the Ingress stops sending here. */
    public static final Duration RETRY_AFTER = Duration.ofSeconds(5);

    private volatile Instant since;

    public boolean active() {
        return since != null;
    }

    /** When draining began; null while not draining. */
    public Instant since() {
        return since;
    }

    synchronized void begin() {
        if (since == null) {
            since = Instant.now();
        }
    }
}
