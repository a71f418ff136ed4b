package io.interviewcoach.live.recovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.interviewcoach.live.client.ClipReplay;
import io.interviewcoach.live.client.LiveClient;
import io.interviewcoach.live.protocol.ControlMessage;
import io.interviewcoach.testsupport.PackagedBinary;
import io.interviewcoach.testsupport.RedisCommand;
import io.interviewcoach.testsupport.TestAssets;

/**
 * `coach serve` killed (SIGKILL) in the middle of a live session, then started again: the session is finalized
 * from what was stored, nothing the client received is lost (with Redis), and it says so (without Redis).
 */
class ServerRestartIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration WAIT = Duration.ofSeconds(30);
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void withRedisTheSessionIsFinalizedFromEveryWindowTheClientReceived() throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "restart-it", "redis").toAbsolutePath());
        int port = PackagedBinary.freePort();
        List<String> options = options(port, "-Dquarkus.redis.hosts=redis://127.0.0.1:6379");
        URI base = URI.create("http://127.0.0.1:" + port + "/");

        LiveClient.Session session;
        List<JsonNode> received;
        List<JsonNode> answers = new ArrayList<>();
        PackagedBinary.Child first = PackagedBinary.start(dir, options, "serve");
        try {
            first.awaitLive(port);
            session = LiveClient.create(http, base);
            try (LiveClient c = LiveClient.connect(http, base, session.socketUrl(), session.token())) {
                received = halfASession(c, 6.0, answers);
                assertTrue(received.size() >= 4, "windows received: " + received.size());
                // What the client got is stored (the journal writes right after sending): then the server dies.
                awaitStored(session.id(), received.size(), answers.size());
                first.signal("KILL");
                assertEquals(137, first.waitFor(10));
            }
        } finally {
            first.process().destroyForcibly();
        }

        PackagedBinary.Child second = PackagedBinary.start(dir, options, "serve");
        try {
            second.awaitLive(port);
            JsonNode report = awaitReport(base, session);
            assertEquals("server restarted", report.path("recovered").path("reason").asText(), report.toString());
            assertEquals(received.size(), report.path("recovered").path("windows").asInt());
            JsonNode timeline = report.get("timeline");
            assertEquals(received.size(), timeline.size());
            for (int i = 0; i < received.size(); i++) {
                JsonNode w = received.get(i);
                assertEquals(i, w.get("index").asInt());
                assertEquals(w.get("t").asDouble(), timeline.get(i).get("t").asDouble(), 1e-3, "window " + i);
                assertEquals(w.get("end").asDouble(), timeline.get(i).get("end").asDouble(), 1e-3, "window " + i);
                JsonNode eye = w.path("metrics").path("eyeContact");
                if (!eye.isNull()) {
                    assertEquals(eye.asDouble(), timeline.get(i).get("eyeContact").asDouble(), 1e-3, "window " + i);
                }
            }
            // scored by fusion from what the windows measured (under heavy load a live session may start without
            // video: then the face is not measured, in the live report as in this one)
            boolean eyeContact = received.stream().anyMatch(w -> w.path("metrics").path("eyeContact").isNumber());
            assertEquals(eyeContact, report.path("scores").path("facialExpression").isNumber(), report.toString());
            assertEquals(eyeContact, report.path("metrics").path("face").path("eyeContactRatio").isNumber());
            assertEquals(eyeContact, report.path("analysis").path("framesAnalyzed").asInt() > 0);
            if (eyeContact) {
                double mean = received.stream().map(w -> w.path("metrics").path("eyeContact"))
                        .filter(JsonNode::isNumber).mapToDouble(JsonNode::asDouble).average().orElseThrow();
                assertEquals(mean, report.path("metrics").path("face").path("eyeContactRatio").asDouble(), 2e-3);
            }
            if (received.stream().anyMatch(w -> w.path("metrics").path("speaking").asBoolean())) {
                assertTrue(report.path("metrics").path("voice").path("speechRatio").asDouble() > 0,
                        report.path("metrics").toString());
            }
            // the answer completed before the kill is in the report as the client got it; the open one is lost
            assertEquals(1, answers.size(), "answers received: " + answers);
            assertEquals(List.of(withoutType(answers.get(0))), List.of(withoutType(report.get("answers").get(0))));
            assertEquals(1, report.get("answers").size());

            // the client coming back hears that the session ended and where its report is
            try (LiveClient back = LiveClient.connect(http, base, session.socketUrl(), session.token())) {
                assertEquals(4410, back.closeCode(WAIT));
            }
            assertTrue(metrics(base).contains("coach_live_sessions_recovered_total 1.0"), metrics(base));
            assertEquals("finished", redis("HGET", "coach:live:" + session.id(), "status"));
            assertEquals("0", redis("SISMEMBER", "coach:live:open", session.id()));
            delete(base, session);
        } finally {
            second.process().destroyForcibly();
        }
    }

    @Test
    void withoutRedisTheSessionIsFinalizedAsInterrupted() throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "restart-it", "in-process").toAbsolutePath());
        int port = PackagedBinary.freePort();
        List<String> options = options(port);
        URI base = URI.create("http://127.0.0.1:" + port + "/");

        LiveClient.Session session;
        PackagedBinary.Child first = PackagedBinary.start(dir, options, "serve");
        try {
            first.awaitLive(port);
            session = LiveClient.create(http, base);
            try (LiveClient c = LiveClient.connect(http, base, session.socketUrl(), session.token())) {
                assertFalse(halfASession(c, 3.0, new ArrayList<>()).isEmpty());
                awaitStatus(base, session, "running");
                first.signal("KILL");
                assertEquals(137, first.waitFor(10));
            }
        } finally {
            first.process().destroyForcibly();
        }

        PackagedBinary.Child second = PackagedBinary.start(dir, options, "serve");
        try {
            second.awaitLive(port);
            JsonNode report = awaitReport(base, session);
            assertEquals("server restarted", report.path("recovered").path("reason").asText(), report.toString());
            assertEquals(0, report.path("recovered").path("windows").asInt());
            assertFalse(report.path("recovered").path("windowsKept").asBoolean());
            assertTrue(report.path("scores").path("overall").isNull(), "nothing kept, nothing scored");
            assertTrue(report.path("notes").toString().contains("were lost"), report.path("notes").toString());
            try (LiveClient back = LiveClient.connect(http, base, session.socketUrl(), session.token())) {
                assertEquals(4410, back.closeCode(WAIT));
            }
            delete(base, session);
        } finally {
            second.process().destroyForcibly();
        }
    }

    private static List<String> options(int port, String... more) {
        List<String> options = new ArrayList<>(List.of("-Dquarkus.http.port=" + port,
                "-Dcoach.models.dir=" + TestAssets.models().dir().toAbsolutePath(),
                "-Dcoach.live.node-timeout=3s", "-Dcoach.live.recovery-sweep=1s"));
        options.addAll(PackagedBinary.TEST_DATABASE);
        options.addAll(List.of(more));
        return options;
    }

    /**
     * Starts the session, sends the first {@code seconds} of d9 (question q1, and q2 from half-way) and returns the
     * window messages received; the answer messages go to {@code answers}.
     */
    private static List<JsonNode> halfASession(LiveClient c, double seconds, List<JsonNode> answers) throws Exception {
        assertNotNull(c.next("ready", WAIT));
        c.send(ControlMessage.start(null));
        c.send(ControlMessage.question("q1"));
        Thread second = new Thread(() -> {
            try {
                Thread.sleep(Math.round(seconds * 500));
                c.send(ControlMessage.question("q2"));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        second.start();
        new ClipReplay(10, 16_000, 100, 85).replay(c, TestAssets.media("d9.mp4"), seconds);
        second.join();
        List<JsonNode> windows = new ArrayList<>();
        for (LiveClient.Received r = c.next(Duration.ofSeconds(3)); r != null; r = c.next(Duration.ofSeconds(3))) {
            if (r.type().equals("window")) {
                windows.add(r.message());
            } else if (r.type().equals("answer")) {
                answers.add(r.message());
            }
        }
        return windows;
    }

    private static JsonNode withoutType(JsonNode message) {
        com.fasterxml.jackson.databind.node.ObjectNode copy = message.deepCopy();
        copy.remove("type");
        return copy;
    }

    /** Waits until the live state holds {@code windows} windows and {@code answers} answers. */
    private static void awaitStored(String id, int windows, int answers) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        String stored = null;
        while (System.nanoTime() < deadline) {
            stored = redis("HGET", "coach:live:" + id, "windows");
            String storedAnswers = redis("HGET", "coach:live:" + id, "answers");
            int answerCount = storedAnswers == null ? 0 : storedAnswers.split("\"questionId\"", -1).length - 1;
            if (String.valueOf(windows).equals(stored) && answerCount == answers
                    && String.valueOf(windows).equals(redis("XLEN", "coach:live:" + id + ":windows"))) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("stored windows: " + stored + ", received: " + windows);
    }

    private JsonNode awaitReport(URI base, LiveClient.Session s) throws Exception {
        awaitStatus(base, s, "finished");
        HttpResponse<String> r = get(base, s, "/report");
        assertEquals(200, r.statusCode(), r.body());
        return JSON.readTree(r.body());
    }

    private void awaitStatus(URI base, LiveClient.Session s, String status) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        String last = null;
        while (System.nanoTime() < deadline) {
            HttpResponse<String> r = get(base, s, "");
            last = r.body();
            if (r.statusCode() == 200 && status.equals(JSON.readTree(r.body()).path("status").asText())) {
                return;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("session not " + status + ": " + last);
    }

    private HttpResponse<String> get(URI base, LiveClient.Session s, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(base.resolve("api/sessions/" + s.id() + path))
                .header("Authorization", "Bearer " + s.token()).build(), HttpResponse.BodyHandlers.ofString());
    }

    private void delete(URI base, LiveClient.Session s) throws Exception {
        http.send(HttpRequest.newBuilder(base.resolve("api/sessions/" + s.id())).DELETE()
                .header("Authorization", "Bearer " + s.token()).build(), HttpResponse.BodyHandlers.discarding());
    }

    private String metrics(URI base) throws Exception {
        return http.send(HttpRequest.newBuilder(base.resolve("q/metrics")).build(), HttpResponse.BodyHandlers.ofString())
                .body();
    }

    private static String redis(String... command) throws IOException {
        return RedisCommand.run(command);
    }
}
