package io.interviewcoach.live.recovery;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.fasterxml.jackson.databind.JsonNode;

import io.interviewcoach.live.client.ClipReplay;
import io.interviewcoach.live.client.LiveClient;
import io.interviewcoach.live.protocol.ControlMessage;
import io.interviewcoach.testsupport.TestAssets;

/**
 * One live session driven through a proxy, as `bench live` drives them: created, connected, started; which server
 * runs it is read from its stored state; every message the client receives is kept.
 */
final class DrivenSession implements AutoCloseable {
    private static final Duration WAIT = Duration.ofSeconds(30);
    static final double FPS = 5;

    final LiveClient.Session session;
    final LiveClient client;
    final List<JsonNode> windows = new CopyOnWriteArrayList<>();
    final List<JsonNode> answers = new CopyOnWriteArrayList<>();
    volatile JsonNode report;
    private final Thread reader;
    /** The pid of the server running it (from the stored {@code node}, host-pid-random). */
    final long serverPid;

    private DrivenSession(LiveClient.Session session, LiveClient client) throws Exception {
        this.session = session;
        this.client = client;
        if (client.next("ready", WAIT) == null) {
            throw new AssertionError("no ready on " + session.id());
        }
        reader = new Thread(this::read, "reader-" + session.id());
        reader.setDaemon(true);
        reader.start();
        client.send(ControlMessage.start(null));
        client.send(ControlMessage.question("q1"));
        serverPid = awaitRunningServer(session.id());
    }

    /** Creates a session through {@code proxy} and starts it; fails when either step is refused. */
    static DrivenSession open(HttpClient http, URI proxy) throws Exception {
        LiveClient.Session s = LiveClient.create(http, proxy, "{\"fps\":" + (int) FPS + "}");
        return new DrivenSession(s, LiveClient.connect(http, proxy, s.socketUrl(), s.token()));
    }

    /** Streams the first {@code seconds} of d9 in real time, question q2 at {@code q2At} seconds when set. */
    Thread stream(double seconds, Double q2At) {
        Thread t = new Thread(() -> {
            try {
                if (q2At != null) {
                    Thread q2 = new Thread(() -> {
                        try {
                            Thread.sleep(Math.round(q2At * 1000));
                            client.send(ControlMessage.question("q2"));
                        } catch (InterruptedException | RuntimeException e) {
                            // the socket closed meanwhile
                        }
                    });
                    q2.start();
                    new ClipReplay(FPS, 16_000, 100, 85).replay(client, TestAssets.media("d9.mp4"), seconds);
                    q2.join();
                } else {
                    new ClipReplay(FPS, 16_000, 100, 85).replay(client, TestAssets.media("d9.mp4"), seconds);
                }
            } catch (InterruptedException | RuntimeException e) {
                // the server closed the socket (killed, or it handed the session off)
            }
        }, "stream-" + session.id());
        t.start();
        return t;
    }

    void end() {
        client.send(ControlMessage.of(ControlMessage.Type.end));
    }

    /** Waits for the report message; null when none came within {@code timeout}. */
    JsonNode awaitReport(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (report == null && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        return report;
    }

    private void read() {
        try {
            while (true) {
                LiveClient.Received r = client.next(Duration.ofMillis(500));
                if (r == null) {
                    if (client.closeCode(Duration.ZERO) != null) {
                        return;
                    }
                    continue;
                }
                switch (r.type()) {
                    case "window" -> windows.add(r.message());
                    case "answer" -> answers.add(r.message());
                    case "report" -> report = r.message().get("report");
                    default -> { }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Lets the reader take what is queued, then stops it. */
    void stopReading() throws InterruptedException {
        reader.join(3000);
    }

    /** The session's stored node once it is running (the server that took start writes both). */
    private static long awaitRunningServer(String id) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            String status = Replicas.redis("HGET", "coach:live:" + id, "status");
            String node = Replicas.redis("HGET", "coach:live:" + id, "node");
            if ("running".equals(status) && node != null) {
                String[] parts = node.split("-");
                return Long.parseLong(parts[parts.length - 2]);
            }
            Thread.sleep(50);
        }
        throw new AssertionError("session " + id + " never stored as running");
    }

    void delete(HttpClient http, URI proxy) throws Exception {
        http.send(HttpRequest.newBuilder(proxy.resolve("/api/sessions/" + session.id())).DELETE()
                .header("Authorization", "Bearer " + session.token()).build(), HttpResponse.BodyHandlers.discarding());
    }

    @Override
    public void close() {
        client.abort();
    }
}
