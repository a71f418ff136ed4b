package io.interviewcoach.privacy;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;

/**
 * Erases sessions and analysis jobs older than {@code coach.privacy.retention} (default 365 days; 0 keeps them), every
 * {@code coach.privacy.purge-every}, through the same code as any deletion ({@link Erasures}). One replica at a time
 * (a PostgreSQL advisory lock); in batches, so a first run on a large table does not hold everything at once.
 */
@ApplicationScoped
public class RetentionPurge {
    private static final Logger LOG = Logger.getLogger(RetentionPurge.class);
    static final int BATCH = 200;

    @Inject
    PrivacyConfig config;

    @Inject
    PrivacyStore store;

    @Inject
    OwnerErasure erasure;

    @Scheduled(every = "${coach.privacy.purge-every:1h}", delay = 1, delayUnit = java.util.concurrent.TimeUnit.MINUTES,
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = NotServing.class)
    Uni<Void> scheduled() {
        return purge().onFailure().recoverWithItem(e -> {
            LOG.warnf("retention purge failed (%s); the next run tries again", e.toString());
            return ErasureResult.NONE;
        }).replaceWithVoid();
    }

    /** One purge: everything older than the retention, or nothing when another replica is purging (or it is off). */
    public Uni<ErasureResult> purge() {
        return purge(config.retention());
    }

    /** Erases what is older than {@code age}; nothing when another replica is purging now, or {@code age} is 0. */
    public Uni<ErasureResult> purge(Duration age) {
        if (age.isZero() || age.isNegative()) {
            return Uni.createFrom().item(ErasureResult.NONE);
        }
        ErasureResult[] total = {ErasureResult.NONE};
        return store.whileLocked(() -> batches(age, total)).map(ran -> {
            if (ran && !total[0].equals(ErasureResult.NONE)) {
                LOG.infof("retention purge (older than %s): %s", age, total[0]);
            }
            return total[0];
        });
    }

    private Uni<Void> batches(Duration age, ErasureResult[] total) {
        return store.sessionsOlderThan(age, BATCH).chain(sessions -> erasure.sessions(sessions)
                .chain(s -> store.jobsOlderThan(age, BATCH).chain(erasure::jobs).map(s::plus))
                .chain(r -> {
                    total[0] = total[0].plus(r);
                    boolean more = sessions.size() == BATCH || r.jobs() == BATCH;
                    return more ? batches(age, total) : Uni.createFrom().voidItem();
                }));
    }

    /** The purge runs only in `serve` (the offline commands have no database). */
    @ApplicationScoped
    public static class NotServing implements Scheduled.SkipPredicate {
        @ConfigProperty(name = "quarkus.http.host-enabled", defaultValue = "true")
        boolean serving;

        @Override
        public boolean test(io.quarkus.scheduler.ScheduledExecution execution) {
            return !serving;
        }
    }
}
