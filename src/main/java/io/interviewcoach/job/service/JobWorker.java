package io.interviewcoach.job.service;

import java.net.InetAddress;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.interviewcoach.config.CoachConfig;
import io.interviewcoach.job.JobsConfig;
import io.interviewcoach.job.store.ClaimedJob;
import io.interviewcoach.job.store.JobStore;
import io.interviewcoach.pipeline.WorkerThreads;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Takes queued jobs from PostgreSQL and analyses up to coach.jobs.workers of them at once on its own threads. It
 * looks for work every coach.jobs.poll-interval and at once when this process accepts an upload; while a job runs its
 * lease is renewed (with its progress) every coach.jobs.heartbeat, so a job whose process died is taken over by
 * another worker when the lease expires. Runs only where the HTTP server runs (`serve`); on shutdown it stops
 * claiming, gives running jobs the drain timeout to finish, and puts the others back in the queue.
 */
@ApplicationScoped
public class JobWorker {
    private static final Logger LOG = Logger.getLogger(JobWorker.class);
    private static final Duration CLAIM_WAIT = Duration.ofSeconds(10);
    private static final Duration POLL_WARNING_EVERY = Duration.ofMinutes(1);

    @Inject
    JobsConfig config;

    @Inject
    CoachConfig coach;

    @Inject
    JobStore store;

    @Inject
    JobRunner runner;

    @ConfigProperty(name = "quarkus.http.host-enabled", defaultValue = "true")
    boolean httpServer;

    private final String id = workerId();
    private final Map<UUID, RunningJob> running = new ConcurrentHashMap<>();
    private final Object signal = new Object();
    private volatile boolean wakeRequested;
    private volatile boolean stopping;
    private Semaphore slots;
    private ExecutorService analyses;
    private ScheduledExecutorService timers;
    private Thread poller;

    void start(@Observes StartupEvent event) {
        if (!config.enabled() || !httpServer) {
            return;
        }
        slots = new Semaphore(config.workers());
        analyses = Executors.newFixedThreadPool(config.workers(), WorkerThreads.named("job"));
        timers = Executors.newSingleThreadScheduledExecutor(WorkerThreads.named("job-heartbeat"));
        long beat = config.heartbeat().toMillis();
        timers.scheduleWithFixedDelay(this::heartbeat, beat, beat, TimeUnit.MILLISECONDS);
        poller = WorkerThreads.named("job-poller").newThread(this::poll);
        poller.start();
        LOG.debugf("job worker %s started: %d at once, polling every %s", id, config.workers(), config.pollInterval());
    }

    /** This worker's name in the queue (locked_by). */
    public String id() {
        return id;
    }

    /** Whether this process analyses jobs. */
    public boolean active() {
        return poller != null && !stopping;
    }

    /** A job was queued here: look at once instead of at the next poll. */
    public void wakeUp() {
        synchronized (signal) {
            wakeRequested = true;
            signal.notifyAll();
        }
    }

    private void poll() {
        int failedInARow = 0;
        long lastWarning = 0;
        while (!stopping) {
            try {
                claimWhileFree();
                if (failedInARow > 0) {
                    LOG.infof("looking for queued jobs works again (after %d failed tries)", failedInARow);
                    failedInARow = 0;
                }
            } catch (RuntimeException e) {
                // While PostgreSQL is away every poll fails: say so at once, then once a minute, not every poll.
                failedInARow++;
                long now = System.nanoTime();
                if (failedInARow == 1 || now - lastWarning >= POLL_WARNING_EVERY.toNanos()) {
                    lastWarning = now;
                    LOG.warnf("looking for queued jobs failed %d time(s) in a row (trying every %s): %s", failedInARow,
                            config.pollInterval(), e.getMessage());
                }
            }
            synchronized (signal) {
                if (!wakeRequested && !stopping) {
                    try {
                        signal.wait(config.pollInterval().toMillis());
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                wakeRequested = false;
            }
        }
    }

    private void claimWhileFree() {
        while (!stopping && slots.tryAcquire()) {
            ClaimedJob job;
            try {
                job = store.claim(id, config.lease()).await().atMost(CLAIM_WAIT);
            } catch (RuntimeException e) {
                slots.release();
                throw e;
            }
            if (job == null) {
                slots.release();
                return;
            }
            RunningJob handle = new RunningJob(job.id());
            running.put(job.id(), handle);
            try {
                analyses.execute(() -> run(job, handle));
            } catch (RejectedExecutionException stopped) { // claimed just as the process began to stop
                running.remove(job.id());
                slots.release();
                store.release(job.id(), id, false).await().atMost(CLAIM_WAIT);
                return;
            }
        }
    }

    private void run(ClaimedJob job, RunningJob handle) {
        try {
            runner.run(job, handle, id);
        } catch (RuntimeException e) {
            LOG.errorf(e, "job %s: its outcome could not be stored; it is taken over when its lease expires", job.id());
        } finally {
            running.remove(job.id());
            slots.release();
            wakeUp();
        }
    }

    private void heartbeat() {
        for (RunningJob job : running.values()) {
            try {
                if (!store.heartbeat(job.id(), id, config.lease(), job.progress()).await().atMost(CLAIM_WAIT)) {
                    job.lose();
                }
            } catch (RuntimeException e) {
                LOG.warnf("job %s: lease not renewed (tried again in %s): %s", job.id(), config.heartbeat(), e.getMessage());
            }
        }
    }

    /** Draining (docs/live-state.md, "Draining"): no new job is claimed; running ones go on. Idempotent. */
    public void stopClaiming() {
        stopping = true;
        wakeUp();
    }

    /** Jobs this worker is analysing now. */
    public int runningCount() {
        return running.size();
    }

    void onShutdown(@Observes ShutdownEvent event) {
        stop();
    }

    /**
     * Stops claiming; running jobs get the drain timeout (coach.shutdown.drain-timeout) to finish, then are stopped
     * and put back in the queue. Idempotent.
     */
    public void stop() {
        if (poller == null) {
            return;
        }
        stopping = true;
        wakeUp();
        try {
            poller.join(CLAIM_WAIT.toMillis()); // a claim in flight ends before the pool stops taking jobs
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        analyses.shutdown();
        try {
            if (!analyses.awaitTermination(coach.shutdown().drainTimeout().toMillis(), TimeUnit.MILLISECONDS)) {
                running.values().forEach(RunningJob::cancel); // back to the queue as soon as their windows in flight end
                if (!analyses.awaitTermination(CLAIM_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                    LOG.warnf("jobs still running at exit are taken over when their lease (%s) expires", config.lease());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        timers.shutdownNow();
    }

    private static String workerId() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException | RuntimeException e) {
            host = "unknown-host";
        }
        return host + "/" + ProcessHandle.current().pid() + "/" + UUID.randomUUID().toString().substring(0, 8);
    }
}
