package io.interviewcoach.live.state;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.interviewcoach.live.D9Feeder;
import io.interviewcoach.live.LiveServiceRig;
import io.interviewcoach.live.protocol.ControlMessage;
import io.interviewcoach.live.protocol.ServerMessage;
import io.interviewcoach.live.service.LiveSession;
import io.interviewcoach.live.service.LiveSessions;
import io.interviewcoach.live.service.Outbound;
import io.interviewcoach.live.service.SessionJournal;

/**
 * One live session on the real service without a socket (as in LiveSessionServiceTest): real models, d9.mp4 sent as a
 * client would, every server message kept in order.
 */
final class LiveRun implements AutoCloseable {
    private final LiveServiceRig rig = new LiveServiceRig();
    private final List<ServerMessage> messages = new ArrayList<>();
    final LiveSessions sessions;
    final LiveSession session;
    private final D9Feeder feeder;
    final String token;

    LiveRun(SessionJournal journal, Duration grace) {
        sessions = rig.sessions(grace, journal);
        LiveSessions.Created created = sessions.create();
        session = created.session();
        feeder = new D9Feeder(session);
        token = created.token();
        sessions.connected(session, new Outbound() {
            @Override
            public void send(ServerMessage message) {
                synchronized (messages) {
                    messages.add(message);
                }
            }

            @Override
            public void close(int code, String reason) {
            }
        });
    }

    String id() {
        return session.id();
    }

    void control(ControlMessage message) {
        session.onText(message.toJson());
    }

    /** The window messages the client got so far, in order. */
    List<ServerMessage.Window> windows() {
        synchronized (messages) {
            return messages.stream().filter(ServerMessage.Window.class::isInstance).map(ServerMessage.Window.class::cast)
                    .toList();
        }
    }

    ServerMessage.ReportMessage report() {
        synchronized (messages) {
            return messages.stream().filter(ServerMessage.ReportMessage.class::isInstance)
                    .map(ServerMessage.ReportMessage.class::cast).findFirst().orElse(null);
        }
    }

    /** Waits until the client has {@code n} windows (or the timeout passes). */
    void awaitWindows(int n, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (windows().size() < n && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
    }

    ServerMessage.ReportMessage awaitReport(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (report() == null && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        return report();
    }

    /** Sends media time [from, to) of d9.mp4 at about four times real time, continuing the sequence numbers. */
    void feed(double from, double to) throws InterruptedException {
        feeder.feed(from, to);
    }

    @Override
    public void close() {
        rig.close();
    }
}
