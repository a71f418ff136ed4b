package io.interviewcoach.live;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

import io.interviewcoach.analysis.AnalysisSessionFactory;
import io.interviewcoach.config.CoachConfig;
import io.interviewcoach.live.metrics.LiveMetrics;
import io.interviewcoach.live.service.CostEstimate;
import io.interviewcoach.live.cues.CueSettings;
import io.interviewcoach.live.service.EngineCues;
import io.interviewcoach.live.service.LiveSessions;
import io.interviewcoach.live.service.LiveSettings;
import io.interviewcoach.live.service.SessionJournal;
import io.interviewcoach.live.service.SessionOwnership;
import io.interviewcoach.pipeline.StreamRegistry;
import io.interviewcoach.pipeline.WorkerThreads;
import io.micrometer.core.instrument.MeterRegistry;

/** Wires the live service: its sessions, the pool that decodes JPEG frames and resamples audio, its timers and meters. */
@ApplicationScoped
public class LiveBeans {
    static final String DECODE_POOL = "live-decode";

    @Produces
    @Singleton
    @Named(DECODE_POOL)
    ExecutorService decodePool() {
        return Executors.newFixedThreadPool(Math.max(2, Runtime.getRuntime().availableProcessors()), WorkerThreads.named("live-decode"));
    }

    void closeDecodePool(@Disposes @Named(DECODE_POOL) ExecutorService pool) {
        pool.shutdown();
    }

    @Produces
    @Singleton
    LiveSettings liveSettings(CoachConfig config) {
        return LiveSettings.from(config);
    }

    @Produces
    @Singleton
    LiveSessions liveSessions(LiveSettings settings, AnalysisSessionFactory factory, StreamRegistry streams,
            @Named(DECODE_POOL) ExecutorService decodePool, MeterRegistry registry, CueSettings cueSettings,
            @Any Instance<SessionJournal> journals, SessionOwnership ownership) {
        ScheduledExecutorService timers = Executors.newSingleThreadScheduledExecutor(WorkerThreads.named("live-grace"));
        return new LiveSessions(settings, factory, streams, decodePool, timers, new LiveMetrics(registry),
                focus -> new EngineCues(cueSettings, focus), new CostEstimate(Runtime.getRuntime().availableProcessors()),
                SessionJournal.of(journals.stream().toList()), ownership);
    }
}
