package io.interviewcoach.live;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import io.interviewcoach.analysis.AnalysisSessionFactory;
import io.interviewcoach.analysis.AnalyzerModels;
import io.interviewcoach.analysis.AnalyzerSettings;
import io.interviewcoach.inference.InferencePools;
import io.interviewcoach.live.metrics.LiveMetrics;
import io.interviewcoach.live.protocol.Limits;
import io.interviewcoach.live.service.CostEstimate;
import io.interviewcoach.live.service.LiveCues;
import io.interviewcoach.live.service.LiveSessions;
import io.interviewcoach.live.service.LiveSettings;
import io.interviewcoach.live.service.SessionJournal;
import io.interviewcoach.live.service.SessionOwnership;
import io.interviewcoach.pipeline.StreamRegistry;
import io.interviewcoach.pipeline.WorkerThreads;
import io.interviewcoach.pose.PoseModels;
import io.interviewcoach.testsupport.TestAssets;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/**
 * The live session service without a socket, for tests: the real models, the pools and timer the server would give
 * it, and the settings the tests use (4 sessions, 10 fps, a grace period of their choice).
 */
public final class LiveServiceRig implements AutoCloseable {
    private final AnalyzerModels models = new AnalyzerModels(TestAssets.models(), InferencePools.defaultSize());
    private final ExecutorService inference = WorkerThreads.inferencePool();
    private final ExecutorService decode = Executors.newFixedThreadPool(2);
    private final ScheduledExecutorService timers = Executors.newSingleThreadScheduledExecutor();

    public AnalysisSessionFactory factory() {
        return new AnalysisSessionFactory(models, inference, AnalyzerSettings.defaults());
    }

    public LiveSessions sessions(Duration grace, SessionJournal journal) {
        return sessions(factory(), grace, journal, SessionOwnership.LOCAL);
    }

    public LiveSessions sessions(AnalysisSessionFactory factory, Duration grace, SessionJournal journal,
            SessionOwnership ownership) {
        return new LiveSessions(settings(grace), factory, new StreamRegistry(), decode, timers,
                new LiveMetrics(new SimpleMeterRegistry()), LiveCues.Factory.NONE, new CostEstimate(2), journal, ownership);
    }

    public static LiveSettings settings(Duration grace) {
        return new LiveSettings(new Limits(1 << 20, 1 << 19, 1280, 100, Limits.SAMPLE_RATES, 1.0, 10,
                grace.toSeconds()), 4, 0.9, grace, 2, Duration.ofMillis(500), Duration.ofSeconds(5),
                PoseModels.Variant.LITE, 10);
    }

    @Override
    public void close() {
        timers.shutdownNow();
        decode.shutdownNow();
        inference.shutdownNow();
        models.close();
    }
}
