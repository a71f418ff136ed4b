package io.interviewcoach.session.store;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.interviewcoach.pipeline.WorkerThreads;
import io.interviewcoach.storage.StorageConfig;
import io.interviewcoach.storage.StorageFaults;
import io.quarkus.runtime.StartupEvent;

/**
 * Writes the spool to PostgreSQL: at start (what a process that stopped while PostgreSQL was away left behind), and
 * after each spooling, with a backoff from {@code coach.storage.spool-retry-min} doubling to {@code spool-retry-max}
 * while PostgreSQL stays away. A written entry's file is deleted. A file that cannot be read, or that PostgreSQL
 * refuses (not: cannot be reached) {@value #MAX_REFUSALS} times, is moved aside. Runs only where the HTTP server runs
 * (`serve`).
 */
@ApplicationScoped
public class SpoolReplay {
    private static final Logger LOG = Logger.getLogger(SpoolReplay.class);
    static final int MAX_REFUSALS = 5;
    private static final Duration WRITE_WAIT = Duration.ofSeconds(60);

    @Inject
    SessionSpool spool;

    @Inject
    SessionStoreJournal journal;

    @Inject
    StorageConfig config;

    @ConfigProperty(name = "quarkus.http.host-enabled", defaultValue = "true")
    boolean httpServer;

    private final Map<UUID, Integer> refusals = new ConcurrentHashMap<>();
    private ScheduledExecutorService timer;
    private ScheduledFuture<?> next;
    private volatile Duration backoff;
    private volatile boolean outage;

    void start(@Observes StartupEvent event) {
        if (!httpServer) {
            return;
        }
        if (config.spoolRetryMin().isNegative() || config.spoolRetryMin().isZero()
                || config.spoolRetryMax().compareTo(config.spoolRetryMin()) < 0) {
            throw new IllegalArgumentException("coach.storage.spool-retry-min must be positive and at most "
                    + "coach.storage.spool-retry-max (got " + config.spoolRetryMin() + " and " + config.spoolRetryMax() + ")");
        }
        backoff = config.spoolRetryMin();
        timer = Executors.newSingleThreadScheduledExecutor(WorkerThreads.named("storage-spool"));
        try {
            int waiting = spool.files().size();
            if (waiting > 0) {
                LOG.infof("spool: %d session(s) left by an earlier run in %s; writing them to PostgreSQL", waiting,
                        spool.dir());
            }
        } catch (IOException e) {
            LOG.warnf("spool: %s cannot be read (%s)", spool.dir(), e.getMessage());
        }
        schedule(Duration.ZERO);
    }

    @PreDestroy
    void stop() {
        if (timer != null) {
            timer.shutdownNow();
        }
    }

    /** Something was spooled: a pass after the current backoff, unless one is waiting already. */
    public void soon() {
        if (timer != null) {
            schedule(backoff);
        }
    }

    private synchronized void schedule(Duration delay) {
        if (next != null && !next.isDone()) {
            return;
        }
        try {
            next = timer.schedule(this::pass, delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // shutting down: the files stay for the next start
        }
    }

    private void pass() {
        boolean away = false;
        boolean retryLater = false;
        try {
            for (Path file : spool.files()) {
                Result r = replay(file);
                if (r == Result.AWAY) {
                    away = true;
                    break;
                }
                retryLater |= r == Result.REFUSED;
            }
        } catch (IOException e) {
            LOG.warnf("spool: %s cannot be read (%s)", spool.dir(), e.getMessage());
            retryLater = true;
        }
        synchronized (this) {
            next = null;
            if (away) {
                if (!outage) {
                    outage = true;
                    LOG.warnf("spool: PostgreSQL is still away; trying again in %s, then less often", backoff);
                }
                Duration wait = backoff;
                backoff = min(backoff.multipliedBy(2), config.spoolRetryMax());
                schedule(wait);
            } else {
                if (outage) {
                    outage = false;
                    LOG.info("spool: PostgreSQL answers again");
                }
                backoff = config.spoolRetryMin();
                if (retryLater) {
                    schedule(backoff);
                }
            }
        }
    }

    private enum Result { WRITTEN, AWAY, REFUSED, GONE }

    private Result replay(Path file) {
        SessionSpool.Entry entry;
        try {
            entry = spool.read(file);
        } catch (NoSuchFileException e) {
            return Result.GONE; // deleted meanwhile
        } catch (IOException e) {
            LOG.warnf("spool: %s cannot be read now (%s)", file, e.getMessage());
            return Result.REFUSED;
        } catch (SessionSpool.CorruptException e) {
            spool.moveAside(file, "corrupt", "not a spool entry: " + e.getMessage());
            return Result.GONE;
        }
        try {
            journal.replay(entry).get(WRITE_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Result.AWAY;
        } catch (ExecutionException | TimeoutException e) {
            Throwable cause = e instanceof ExecutionException ? e.getCause() : e;
            if (StorageFaults.unavailable(cause)) {
                return Result.AWAY;
            }
            int n = refusals.merge(entry.id(), 1, Integer::sum);
            if (n >= MAX_REFUSALS) {
                refusals.remove(entry.id());
                spool.moveAside(file, "refused", "PostgreSQL refused it " + n + " times, last: "
                        + SessionStoreJournal.message(cause));
                return Result.GONE;
            }
            return Result.REFUSED;
        }
        refusals.remove(entry.id());
        spool.remove(entry);
        spool.replayed(entry);
        LOG.infof("spool: session %s's %s written to PostgreSQL", entry.id(), entry.deletion() ? "deletion" : "end");
        return Result.WRITTEN;
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }
}
