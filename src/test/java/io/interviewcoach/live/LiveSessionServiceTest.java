package io.interviewcoach.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.interviewcoach.analysis.AnalysisSessionFactory;
import io.interviewcoach.analysis.FailingAnalyzers;
import io.interviewcoach.live.protocol.ControlMessage;
import io.interviewcoach.live.protocol.ServerMessage;
import io.interviewcoach.live.service.LiveSession;
import io.interviewcoach.live.service.LiveSessions;
import io.interviewcoach.live.service.SessionJournal;
import io.interviewcoach.live.service.SessionOwnership;
import io.interviewcoach.web.access.BearerToken;
import io.interviewcoach.live.service.LiveSettings;
import io.interviewcoach.live.service.Outbound;
import io.interviewcoach.report.ReportJson;

/**
 * The session service without a socket, on real models and media: an analyzer that throws on every window leaves
 * the others going and the report naming it; a session nobody connects to is finalized after the grace period.
 */
class LiveSessionServiceTest {
    private static LiveServiceRig rig;

    @BeforeAll
    static void setUp() {
        rig = new LiveServiceRig();
    }

    @AfterAll
    static void tearDown() {
        rig.close();
    }

    private static LiveSessions sessions(AnalysisSessionFactory factory, Duration grace) {
        return sessions(factory, grace, SessionJournal.of(List.of()));
    }

    private static LiveSessions sessions(AnalysisSessionFactory factory, Duration grace, SessionJournal journal) {
        return rig.sessions(factory, grace, journal, SessionOwnership.LOCAL);
    }

    private static AnalysisSessionFactory factory() {
        return rig.factory();
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
        new D9Feeder(session).feed(0, 4.0);
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

    @Test
    void pausedMediaIsNotAnalysedAndEachQuestionIsAnAnswer() throws Exception {
        Journal journal = new Journal();
        LiveSessions sessions = sessions(factory(), Duration.ofSeconds(30), journal);
        LiveSessions.Created created = sessions.create();
        LiveSession session = created.session();
        Capture out = new Capture();
        sessions.connected(session, out);
        D9Feeder feeder = new D9Feeder(session);
        session.onText(ControlMessage.start(List.of("pace")).toJson());
        session.onText(ControlMessage.question("q1").toJson());
        feeder.feed(0, 2.0);
        session.onText(ControlMessage.of(ControlMessage.Type.pause).toJson());
        feeder.feed(2.0, 4.0);
        session.onText(ControlMessage.of(ControlMessage.Type.resume).toJson());
        session.onText(ControlMessage.question("q2").toJson());
        feeder.feed(4.0, 6.0);
        session.onText(ControlMessage.of(ControlMessage.Type.end).toJson());

        List<Integer> windows = new java.util.ArrayList<>();
        List<ServerMessage.Answer> answers = new java.util.ArrayList<>();
        ServerMessage.ReportMessage report = null;
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (report == null && System.nanoTime() < deadline) {
            ServerMessage m = out.messages().poll(100, TimeUnit.MILLISECONDS);
            if (m instanceof ServerMessage.Window w) {
                windows.add(w.index());
            } else if (m instanceof ServerMessage.Answer a) {
                answers.add(a);
            } else if (m instanceof ServerMessage.ReportMessage r) {
                report = r;
            }
        }
        assertNotNull(report);
        assertEquals(List.of(0, 1, 4, 5), windows, "the paused seconds 2-4 are not analysed");
        assertEquals(List.of("q1", "q2"), answers.stream().map(ServerMessage.Answer::questionId).toList());
        assertEquals(2.0, answers.get(0).summary().windows() + 0.0, "q1 spans the two windows before the pause");
        assertEquals(4.0, answers.get(1).start(), 0.11);
        assertEquals(2, report.report().get("answers").size());
        assertEquals(List.of("created " + BearerToken.hash(created.token()), "started [pace]", "window 0", "window 1",
                "window 4", "window 5", "finished"), journal.events, "the storage adapters hear what the client heard");
        assertSame(report.report(), journal.report);
    }

    /** Records what a storage adapter would hear. */
    static final class Journal implements SessionJournal {
        final List<String> events = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        volatile com.fasterxml.jackson.databind.node.ObjectNode report;

        @Override
        public void created(String sessionId, String tokenHash, LiveSettings settings) {
            events.add("created " + tokenHash);
        }

        @Override
        public void started(String sessionId, List<String> focus) {
            events.add("started " + focus);
        }

        @Override
        public void window(String sessionId, ServerMessage.Window window) {
            events.add("window " + window.index());
        }

        @Override
        public void finished(String sessionId, com.fasterxml.jackson.databind.node.ObjectNode report) {
            this.report = report;
            events.add("finished");
        }
    }

    static JsonNode tree(Object o) {
        return ReportJson.mapper().valueToTree(o);
    }
}
