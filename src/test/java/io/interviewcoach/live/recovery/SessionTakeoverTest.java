package io.interviewcoach.live.recovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.interviewcoach.live.LiveServiceRig;
import io.interviewcoach.live.D9Feeder;
import io.interviewcoach.live.protocol.ControlMessage;
import io.interviewcoach.live.protocol.ServerMessage;
import io.interviewcoach.live.service.LiveSession;
import io.interviewcoach.live.service.LiveSessions;
import io.interviewcoach.live.service.LiveSettings;
import io.interviewcoach.live.service.Outbound;
import io.interviewcoach.live.service.SessionJournal;
import io.interviewcoach.live.service.SessionOwnership;
import io.interviewcoach.web.access.BearerToken;

/**
 * The service side of several replicas and of a drain, on real models and media: a session not started is taken over
 * by another server and forgotten by its creator without a write; a session ended at the hand-off sends its complete
 * report, then closes with 4410.
 */
class SessionTakeoverTest {
    private static LiveServiceRig rig;

    @BeforeAll
    static void setUp() {
        rig = new LiveServiceRig();
    }

    @AfterAll
    static void tearDown() {
        rig.close();
    }

    private static LiveSessions sessions(Duration grace, SessionJournal journal, SessionOwnership ownership) {
        return rig.sessions(rig.factory(), grace, journal, ownership);
    }

    @Test
    void aSessionNotStartedIsTakenOverByAnotherServerAndForgottenByItsCreator() throws Exception {
        Events creatorJournal = new Events();
        LiveSessions creator = sessions(Duration.ofSeconds(1), creatorJournal, id -> true);
        LiveSessions.Created created = creator.create();
        String id = created.session().id();

        Events takerJournal = new Events();
        LiveSessions taker = sessions(Duration.ofSeconds(30), takerJournal, SessionOwnership.LOCAL);
        LiveSession taken = taker.adopt(id, BearerToken.hash(created.token()), taker.settings().forSession(5, "lite"));
        assertTrue(taker.find(id, created.token()).isPresent(), "the token opens it on the server that took it");
        assertFalse(taker.find(id, "wrong").isPresent());
        assertEquals(5, taken.limits().fps(), "with the stored rate");
        assertEquals(List.of("created " + id), takerJournal.events, "the taker records itself as the session's server");
        assertEquals(0, taker.startedCount());

        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (creator.activeCount() > 0 && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertEquals(0, creator.activeCount(), "the creator forgets it at its never-connected timer");
        assertEquals(List.of("created " + id, "released " + id), creatorJournal.events, "and writes nothing");
        assertFalse(creator.report(id, created.token()).isPresent());
        taker.delete(id);
    }

    @Test
    void aSessionEndedAtTheHandOffSendsItsCompleteReportThenCloses4410() throws Exception {
        Events journal = new Events();
        LiveSessions sessions = sessions(Duration.ofSeconds(30), journal, SessionOwnership.LOCAL);
        LiveSession session = sessions.create().session();
        Socket socket = new Socket();
        sessions.connected(session, socket);
        assertEquals(0, sessions.startedCount(), "created, not started");
        session.onText(ControlMessage.start(null).toJson());
        assertEquals(1, sessions.startedCount());
        new D9Feeder(session).feed(0, 3.0);

        session.endAndClose("server shutting down", new LiveSession.CloseReason(4410, "session ended (server shutting "
                + "down); report: /api/sessions/" + session.id() + "/report"));
        List<Object> seen = new ArrayList<>();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!seen.contains(4410) && System.nanoTime() < deadline) {
            Object o = socket.out.poll(100, TimeUnit.MILLISECONDS);
            if (o instanceof ServerMessage.Window || o instanceof ServerMessage.ReportMessage || o instanceof Integer) {
                seen.add(o instanceof Integer ? o : o.getClass().getSimpleName());
            }
        }
        assertTrue(seen.contains("ReportMessage"), seen.toString());
        assertEquals(List.of("ReportMessage", 4410), seen.subList(seen.size() - 2, seen.size()), "report, then close");
        assertEquals(3, Collections.frequency(seen, "Window"), "every window of the 3 s sent: " + seen);
        assertNotNull(journal.report);
        assertTrue(journal.report.path("recovered").isMissingNode(), "the complete report, made where it ran");
        assertEquals(3, journal.report.get("timeline").size());
        assertEquals(0, sessions.activeCount());
    }

    /** A socket that records messages and the close code, in order. */
    static final class Socket implements Outbound {
        final BlockingQueue<Object> out = new LinkedBlockingQueue<>();

        @Override
        public void send(ServerMessage message) {
            out.add(message);
        }

        @Override
        public void close(int code, String reason) {
            out.add(code);
        }
    }

    static final class Events implements SessionJournal {
        final List<String> events = Collections.synchronizedList(new ArrayList<>());
        volatile ObjectNode report;

        @Override
        public void created(String sessionId, String tokenHash, LiveSettings settings) {
            events.add("created " + sessionId);
        }

        @Override
        public void released(String sessionId) {
            events.add("released " + sessionId);
        }

        @Override
        public void finished(String sessionId, ObjectNode report) {
            events.add("finished " + sessionId);
            this.report = report;
        }
    }
}
