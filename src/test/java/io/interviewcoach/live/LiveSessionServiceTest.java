package io.interviewcoach.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.interviewcoach.analysis.AnalysisSessionFactory;
import io.interviewcoach.analysis.AnalyzerModels;
import io.interviewcoach.analysis.AnalyzerSettings;
import io.interviewcoach.analysis.FailingAnalyzers;
import io.interviewcoach.inference.InferencePools;
import io.interviewcoach.live.client.ClientMedia;
import io.interviewcoach.live.metrics.LiveMetrics;
import io.interviewcoach.live.protocol.ControlMessage;
import io.interviewcoach.live.protocol.Limits;
import io.interviewcoach.live.protocol.MediaMessage;
import io.interviewcoach.live.protocol.ServerMessage;
import io.interviewcoach.live.service.CostEstimate;
import io.interviewcoach.live.service.LiveCues;
import io.interviewcoach.live.service.LiveSession;
import io.interviewcoach.live.service.LiveSessions;
import io.interviewcoach.live.service.LiveSettings;
import io.interviewcoach.live.service.Outbound;
import io.interviewcoach.media.MediaReader;
import io.interviewcoach.media.MediaWindow;
import io.interviewcoach.media.ReadOptions;
import io.interviewcoach.media.VideoFrame;
import io.interviewcoach.pipeline.StreamRegistry;
import io.interviewcoach.pipeline.WorkerThreads;
import io.interviewcoach.pose.PoseModels;
import io.interviewcoach.report.ReportJson;
import io.interviewcoach.testsupport.TestAssets;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/**
 * The session service without a socket, on real models and media: an analyzer that throws on every window leaves
 * the others going and the report naming it; a session nobody connects to is finalized after the grace period.
 */
class LiveSessionServiceTest {
    private static AnalyzerModels models;
    private static ExecutorService inference;
    private static ExecutorService decode;
    private static ScheduledExecutorService timers;

    @BeforeAll
    static void setUp() {
        models = new AnalyzerModels(TestAssets.models(), InferencePools.defaultSize());
        inference = WorkerThreads.inferencePool();
        decode = Executors.newFixedThreadPool(2);
        timers = Executors.newSingleThreadScheduledExecutor();
    }

    @AfterAll
    static void tearDown() {
        timers.shutdownNow();
        decode.shutdownNow();
        inference.shutdownNow();
        models.close();
    }

    private static LiveSessions sessions(AnalysisSessionFactory factory, Duration grace) {
        LiveSettings settings = new LiveSettings(new Limits(1 << 20, 1 << 19, 1280, 100, Limits.SAMPLE_RATES, 1.0, 10,
                grace.toSeconds()), 4, 0.9, grace, 2, Duration.ofMillis(500), Duration.ofSeconds(5),
                PoseModels.Variant.LITE, 10);
        return new LiveSessions(settings, factory, new StreamRegistry(), decode, timers,
                new LiveMetrics(new SimpleMeterRegistry()), LiveCues.Factory.NONE, new CostEstimate(2));
    }

    private static AnalysisSessionFactory factory() {
        return new AnalysisSessionFactory(models, inference, AnalyzerSettings.defaults());
    }

    record Capture(BlockingQueue<ServerMessage> messages) implements Outbound {
        Capture() {
            this(new LinkedBlockingQueue<>());
        }

        @Override
        public void send(ServerMessage message) {
            messages.add(message);
        }

        @Override
        public void close(int code, String reason) {
        }

        <T extends ServerMessage> T next(Class<T> type, Duration timeout) throws InterruptedException {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (System.nanoTime() < deadline) {
                ServerMessage m = messages.poll(100, TimeUnit.MILLISECONDS);
                if (type.isInstance(m)) {
                    return type.cast(m);
                }
            }
            return null;
        }
    }

    @Test
    void anAnalyzerThrowingOnEveryWindowLeavesTheOthersGoingAndIsNamedInTheReport() throws Exception {
        LiveSessions sessions = sessions(FailingAnalyzers.failing(factory(), "face"), Duration.ofSeconds(30));
        LiveSession session = sessions.create().session();
        Capture out = new Capture();
        sessions.connected(session, out);
        session.onText(ControlMessage.start(null).toJson());
        feed(session, 4.0);
        session.onText(ControlMessage.of(ControlMessage.Type.end).toJson());

        ServerMessage.Window first = out.next(ServerMessage.Window.class, Duration.ofSeconds(60));
        assertNotNull(first);
        assertEquals(null, first.metrics().eyeContact(), "the failing face analyzer measures nothing");
        assertNotNull(first.metrics().posture(), "posture goes on without the face");
        ServerMessage.ReportMessage report = out.next(ServerMessage.ReportMessage.class, Duration.ofSeconds(60));
        assertNotNull(report);
        String notes = report.report().path("notes").toString();
        assertTrue(notes.contains("face failed on"), notes);
        assertTrue(report.report().at("/metrics/posture/postureScore").isNumber(), report.report().toString());
    }

    @Test
    void aSessionNobodyConnectsToIsFinalizedAfterTheGracePeriod() throws Exception {
        LiveSessions sessions = sessions(factory(), Duration.ofSeconds(1));
        LiveSessions.Created created = sessions.create();
        assertEquals(1, sessions.activeCount());
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (sessions.activeCount() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertEquals(0, sessions.activeCount());
        assertTrue(sessions.report(created.session().id(), created.token()).isPresent());
    }

    /** The first {@code seconds} of d9 as a client would send them, as fast as the session takes them. */
    private static void feed(LiveSession session, double seconds) {
        long frame = 0;
        long chunk = 0;
        try (MediaReader reader = MediaReader.open(TestAssets.media("d9.mp4"), ReadOptions.of(10, 1.0))) {
            var it = reader.windows();
            while (it.hasNext()) {
                MediaWindow w = it.next();
                if (w.startSec() >= seconds) {
                    break;
                }
                for (VideoFrame f : w.frames()) {
                    session.onBinary(MediaMessage.video(frame++, Math.round(f.timeSec() * 1000), ClientMedia.jpeg(f, 85)).encode());
                }
                float[] s = w.audio().samples();
                for (int from = 0; from < s.length; from += 1600) {
                    int to = Math.min(s.length, from + 1600);
                    session.onBinary(MediaMessage.audio(chunk++, Math.round((w.startSec() + from / 16000.0) * 1000), 16_000,
                            ClientMedia.pcm16(s, from, to)).encode());
                }
            }
        }
    }

    static JsonNode tree(Object o) {
        return ReportJson.mapper().valueToTree(o);
    }
}
