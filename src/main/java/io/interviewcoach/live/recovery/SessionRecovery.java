package io.interviewcoach.live.recovery;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.interviewcoach.analysis.AnalysisSessionFactory;
import io.interviewcoach.analysis.TimelineReport;
import io.interviewcoach.config.CoachConfig;
import io.interviewcoach.fusion.Fusion;
import io.interviewcoach.live.service.LiveSettings;
import io.interviewcoach.live.service.SessionJournal;
import io.interviewcoach.live.state.LiveNode;
import io.interviewcoach.live.state.LiveStateJournal;
import io.interviewcoach.live.state.LiveStateSnapshot;
import io.interviewcoach.live.state.LiveStateStore;
import io.interviewcoach.live.state.LiveStateStores;
import io.interviewcoach.pipeline.WorkerThreads;
import io.interviewcoach.web.trace.LogContext;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Finalizes the sessions whose server died (docs/live-state.md, "When a server dies"; docs/adr/0011). With Redis,
 * every server renews a heartbeat and records its id with each session; at start and every
 * {@code coach.live.recovery-sweep}, a server looks at the open sessions, and one whose server's heartbeat is gone is
 * claimed by exactly one server (SET NX), which builds its report from the stored windows and hands it to the
 * journals, as the session would have. Without Redis the dead processes are found by their session lists
 * ({@link ProcessRegistry}); their windows died with them, so the report says that nothing could be scored.
 */
@ApplicationScoped
public class SessionRecovery {
    private static final Logger LOG = Logger.getLogger(SessionRecovery.class);
    private static final Duration WAIT = Duration.ofSeconds(5);

    @Inject
    LiveStateStores stores;

    @Inject
    LiveStateJournal state;

    @Inject
    LiveNode node;

    @Inject
    Instance<RedisNodes> redisNodes;

    @Inject
    ProcessRegistry registry;

    @Inject
    @Any
    Instance<SessionJournal> journals;

    @Inject
    AnalysisSessionFactory analysis;

    @Inject
    LiveSettings settings;

    @Inject
    CoachConfig config;

    @Inject
    MeterRegistry meters;

    @ConfigProperty(name = "quarkus.http.host-enabled", defaultValue = "true")
    boolean serving;

    private ScheduledExecutorService timer;
    private SessionJournal journal;
    private TimelineReport reports;
    private Counter recovered;
    private boolean redis;

    void start(@Observes StartupEvent event) throws IOException {
        if (!serving) {
            return;
        }
        journal = SessionJournal.of(journals.stream().toList());
        reports = new TimelineReport(new Fusion(analysis.settings().fusion()));
        recovered = Counter.builder("coach.live.sessions.recovered")
                .description("Sessions finalized by this server after the server running them died").register(meters);
        redis = stores.shared();
        timer = Executors.newSingleThreadScheduledExecutor(WorkerThreads.named("live-recovery"));
        if (redis) {
            long beat = config.live().nodeTimeout().toMillis() / 5;
            beat();
            timer.scheduleWithFixedDelay(this::beat, beat, beat, TimeUnit.MILLISECONDS);
        } else {
            registry.open(ProcessRegistry.defaultDirectory(System.getenv()), node.id());
        }
        long sweep = config.live().recoverySweep().toMillis();
        timer.scheduleWithFixedDelay(this::sweep, 0, sweep, TimeUnit.MILLISECONDS);
    }

    void stop(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) ShutdownEvent event) {
        if (timer != null) {
            timer.shutdownNow();
        }
    }

    /**
     * This server leaves the replicas (at the end of a drain): no more heartbeats or sweeps, and its heartbeat key is
     * removed, so another server's next sweep finalizes whatever of this server's sessions is still open.
     */
    void leave() {
        if (timer == null) {
            return;
        }
        timer.shutdownNow();
        try {
            timer.awaitTermination(WAIT.toMillis(), TimeUnit.MILLISECONDS);
            if (redis) {
                redisNodes.get().leave(node.id()).await().atMost(WAIT);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.warnf("the heartbeat could not be removed (%s); this server's open sessions are finalized by another "
                    + "after %s", e.toString(), config.live().nodeTimeout());
        }
    }

    private void beat() {
        try {
            redisNodes.get().beat(node.id(), config.live().nodeTimeout()).await().atMost(WAIT);
        } catch (RuntimeException e) {
            LOG.debugf("heartbeat not written: %s", e.toString());
        }
    }

    /** One look for orphaned sessions; never throws (the next sweep tries again). */
    void sweep() {
        try {
            if (redis) {
                sweepRedis();
            } else {
                registry.sweep((id, tokenHash) -> finalizeOrphan(id, tokenHash, null, null, null));
            }
        } catch (IOException | RuntimeException e) {
            if (timer.isShutdown()) {
                return; // this server is leaving (or stopping): the sweep was cut short on purpose
            }
            LOG.warnf("looking for sessions whose server died failed (tried again in %s): %s",
                    config.live().recoverySweep(), e.toString());
        }
    }

    private void sweepRedis() {
        RedisNodes nodes = redisNodes.get();
        Set<String> open = nodes.open().await().atMost(WAIT);
        for (String id : open) {
            LiveStateSnapshot s = state.find(id).await().atMost(WAIT).orElse(null);
            String owner = s == null ? null : s.node();
            if (s == null || LiveStateSnapshot.FINISHED.equals(s.status())) {
                nodes.forget(id).await().atMost(WAIT); // expired or deleted meanwhile, or its last write came late
            } else if (owner != null && !owner.equals(node.id()) && !nodes.alive(owner).await().atMost(WAIT)
                    && nodes.claim(id, node.id(), config.live().nodeTimeout().multipliedBy(4)).await().atMost(WAIT)) {
                finalizeOrphan(id, null, s.fps(), state.entries(id).await().atMost(WAIT), s.answers());
            }
        }
    }

    /** @param tokenHash the owner's, when the live state died with the process (else the stored one stays) */
    private void finalizeOrphan(String id, String tokenHash, Integer fps, List<LiveStateStore.StoredWindow> windows,
            String answers) {
        try (var log = LogContext.session(id)) {
            finalizeRecovered(id, tokenHash, fps, windows, answers);
        }
    }

    private void finalizeRecovered(String id, String tokenHash, Integer fps, List<LiveStateStore.StoredWindow> windows,
            String answers) {
        double rate = fps == null ? settings.limits().fps() : fps;
        ObjectNode report = RecoveredReport.of(reports, id, rate, settings.limits().windowSec(), windows, answers);
        LOG.infof("session %s: its server died; finalized here from %d stored windows", id,
                report.path("recovered").path("windows").asInt());
        state.recovered(id, tokenHash, RecoveredReport.REASON);
        journal.finished(id, report);
        recovered.increment();
    }
}
