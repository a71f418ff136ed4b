package io.interviewcoach.job.service;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.interviewcoach.job.store.JobStore;
import io.interviewcoach.job.store.QueueStats;
import io.interviewcoach.pipeline.WorkerThreads;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * The job queue's meters (docs/observability.md): jobs queued and running and the oldest queued job's wait, as the
 * shared queue holds them (every replica reports the same figures; the dashboard takes the max), asked of PostgreSQL
 * every {@link #REFRESH_SEC} s off the event loop; and the jobs this process finished, by outcome. While the queue
 * cannot be read the gauges are NaN rather than stale. Only where the HTTP server runs (`serve`).
 */
@ApplicationScoped
public class JobMetrics {
    static final long REFRESH_SEC = 5;
    private static final Logger LOG = Logger.getLogger(JobMetrics.class);
    private static final QueueStats UNKNOWN = new QueueStats(-1, -1, Double.NaN);

    @Inject
    JobStore store;

    @Inject
    MeterRegistry registry;

    @ConfigProperty(name = "quarkus.http.host-enabled", defaultValue = "true")
    boolean httpServer;

    private final AtomicReference<QueueStats> last = new AtomicReference<>(UNKNOWN);
    private Counter done;
    private Counter failed;
    private ScheduledExecutorService timer;

    void start(@Observes StartupEvent event) {
        done = finished("done");
        failed = finished("failed");
        if (!httpServer) {
            return;
        }
        Gauge.builder("coach.jobs.queued", last, s -> known(s.get().queued()))
                .description("Uploaded recordings waiting for a worker (all replicas)").register(registry);
        Gauge.builder("coach.jobs.running", last, s -> known(s.get().running()))
                .description("Jobs being analysed (all replicas)").register(registry);
        Gauge.builder("coach.jobs.queued.oldest.age", last, s -> s.get().oldestQueuedSec()).baseUnit("seconds")
                .description("How long the oldest queued job has waited; 0 when none waits").register(registry);
        timer = Executors.newSingleThreadScheduledExecutor(WorkerThreads.named("job-metrics"));
        timer.scheduleWithFixedDelay(this::refresh, 0, REFRESH_SEC, TimeUnit.SECONDS);
    }

    private Counter finished(String outcome) {
        return Counter.builder("coach.jobs.finished").tag("outcome", outcome)
                .description("Jobs this process finished, by outcome (failed: its owner reads why)").register(registry);
    }

    private static double known(long n) {
        return n < 0 ? Double.NaN : n;
    }

    private void refresh() {
        store.queueStats().subscribe().with(last::set, e -> {
            last.set(UNKNOWN);
            LOG.debugf("job queue metrics not read: %s", e.toString());
        });
    }

    /** A job's outcome was stored by this process. */
    void finished(boolean succeeded) {
        (succeeded ? done : failed).increment();
    }

    void stop(@Observes ShutdownEvent event) {
        if (timer != null) {
            timer.shutdownNow();
        }
    }
}
