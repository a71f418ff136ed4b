package io.interviewcoach.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.interviewcoach.live.client.ClipReplay;
import io.interviewcoach.live.client.LiveClient;
import io.interviewcoach.live.protocol.ControlMessage;
import io.interviewcoach.testsupport.PackagedBinary;
import io.interviewcoach.testsupport.TestAssets;

/**
 * `coach serve` on a machine with nothing but Java: no database configured, so it starts the embedded PostgreSQL,
 * serves a live session, and after a restart the session's report is still there.
 */
class EmbeddedDatabaseIT {
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void servesASessionAndKeepsItsReportAcrossARestart() throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "embedded-db-it").toAbsolutePath());
        deleteTree(dir.resolve("data"));
        int port = PackagedBinary.freePort();
        List<String> options = List.of("-Dquarkus.http.port=" + port,
                "-Dcoach.models.dir=" + TestAssets.models().dir().toAbsolutePath());
        URI base = URI.create("http://127.0.0.1:" + port + "/");

        LiveClient.Session session;
        JsonNode delivered;
        PackagedBinary.Child first = PackagedBinary.start(dir, options, "serve");
        try {
            first.awaitLive(port);
            assertTrue(first.stderrText().contains("using an embedded PostgreSQL"), first.stderrText());
            assertTrue(Files.isDirectory(dir.resolve("data/interview-coach/postgres")), "the data lives in the data directory");
            session = LiveClient.create(http, base);
            delivered = replay(base, session);
            stop(first);
        } finally {
            first.process().destroyForcibly();
        }

        PackagedBinary.Child second = PackagedBinary.start(dir, options, "serve");
        try {
            second.awaitLive(port);
            HttpResponse<String> stored = http.send(HttpRequest.newBuilder(base.resolve("api/sessions/" + session.id() + "/report"))
                    .header("Authorization", "Bearer " + session.token()).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, stored.statusCode(), stored.body());
            assertEquals(delivered, new ObjectMapper().readTree(stored.body()), "the report after a restart is the one delivered");
            stop(second);
        } finally {
            second.process().destroyForcibly();
        }
    }

    private JsonNode replay(URI base, LiveClient.Session s) throws Exception {
        try (LiveClient c = LiveClient.connect(http, base, s.socketUrl(), s.token())) {
            assertNotNull(c.next("ready", Duration.ofSeconds(30)));
            c.send(ControlMessage.start(null));
            c.send(ControlMessage.question("q1"));
            new ClipReplay(10, 16_000, 100, 85).replay(c, TestAssets.media("d9.mp4"), 3.0);
            c.send(ControlMessage.of(ControlMessage.Type.end));
            LiveClient.Received report = c.next("report", Duration.ofSeconds(90));
            assertNotNull(report, "the report did not come");
            return report.message().get("report");
        }
    }

    private static void stop(PackagedBinary.Child server) throws Exception {
        server.signal("TERM");
        assertEquals(143, server.waitFor(30), server.stderrText());
        String stderr = server.stderrText();
        assertTrue(!stderr.contains("\tat "), stderr);
    }

    private static void deleteTree(Path root) throws java.io.IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (var paths = Files.walk(root)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
