package io.interviewcoach.session;

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
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.interviewcoach.live.client.ClipReplay;
import io.interviewcoach.live.client.LiveClient;
import io.interviewcoach.live.protocol.ControlMessage;
import io.interviewcoach.live.service.LiveSessions;
import io.interviewcoach.session.store.FinishedSession;
import io.interviewcoach.session.store.SessionFacts;
import io.interviewcoach.session.store.SessionSpool;
import io.interviewcoach.session.store.SessionStoreJournal;
import io.interviewcoach.session.store.SpoolReplay;
import io.interviewcoach.testsupport.FaultProxy;
import io.interviewcoach.testsupport.TestAssets;
import io.interviewcoach.web.access.BearerToken;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * The application reaches PostgreSQL through a {@link FaultProxy} (Flyway goes direct). Two live sessions over the
 * socket: the connection is cut mid-session and restored before the end, then cut again as the second one ends, so its
 * end is spooled and written once PostgreSQL is back. Every report over REST equals the one the socket delivered and
 * is complete in the tables; reads that need the database answer 503 while it is away, also while it hangs. Then the
 * journal directly: a session whose first writes never landed, a deletion while the end is spooled, a corrupt spool
 * file, and the spool an earlier process left, written at start.
 */
@QuarkusTest
@TestProfile(StorageFaultTest.Profile.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StorageFaultTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PORT_PROPERTY = "interviewcoach.test.pg-proxy-port";
    private static final String SPOOL_PROPERTY = "interviewcoach.test.spool-dir";
    private static final String LEFT_PROPERTY = "interviewcoach.test.spooled-before-start";

    public static class Profile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // A system property: the profile may be asked more than once, from more than one class loader. The proxy
            // itself is opened by the test; until then the application's first connections are refused (the question
            // bank import at start says so in the log; the bank is in the table already or imported by other tests).
            Object port = System.getProperties().computeIfAbsent(PORT_PROPERTY, k -> {
                try {
                    return String.valueOf(FaultProxy.freePort());
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });
            Object spool = System.getProperties().computeIfAbsent(SPOOL_PROPERTY, k -> {
                try {
                    Path dir = Files.createTempDirectory("coach-spool");
                    System.setProperty(LEFT_PROPERTY, leaveASpooledEnd(dir).toString());
                    return dir.toString();
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });
            return Map.ofEntries(Map.entry("coach.models.dir", TestAssets.models().dir().toAbsolutePath().toString()),
                    Map.entry("coach.live.grace", "20s"), Map.entry("coach.live.max-sessions", "4"),
                    Map.entry("coach.live.kept-reports", "0"), // reports come from the spool or PostgreSQL
                    Map.entry("quarkus.datasource.reactive.url", "postgresql://127.0.0.1:" + port + "/test"),
                    Map.entry("coach.storage.spool-dir", spool.toString()),
                    Map.entry("coach.storage.spool-retry-min", "200ms"), Map.entry("coach.storage.spool-retry-max", "1s"),
                    Map.entry("io.interviewcoach.session.store.SessionStore/CircuitBreaker/delay", "1"));
        }
    }

    /** What a process that stopped while PostgreSQL was away leaves in its spool: the end of a session. */
    static UUID leaveASpooledEnd(Path dir) throws IOException {
        UUID id = UUID.randomUUID();
        OffsetDateTime created = OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(5);
        ObjectNode report = (ObjectNode) JSON.readTree("{\"schemaVersion\":1,\"scores\":{\"overall\":64.5},"
                + "\"answers\":[{\"questionId\":null,\"start\":0.0,\"end\":2.0}],"
                + "\"timeline\":[{\"t\":0.0,\"end\":1.0},{\"t\":1.0,\"end\":2.0}]}");
        SessionFacts facts = SessionFacts.created(id, "hash-" + id, 10, "lite", created).started(created.plusSeconds(1), null);
        new SessionSpool(dir, new SimpleMeterRegistry())
                .write(new SessionSpool.Entry(id, new FinishedSession(id, facts, report, created.plusMinutes(1))));
        return id;
    }

    private static FaultProxy pg;

    @BeforeAll
    static void openProxy() throws IOException {
        pg = FaultProxy.on(Integer.parseInt(System.getProperty(PORT_PROPERTY)), "127.0.0.1", 5432);
    }

    @AfterAll
    static void closeProxy() {
        pg.close();
    }

    /** Cuts or restores the application's connections to PostgreSQL. */
    private static void proxy(String command) {
        switch (command) {
            case "cut" -> pg.cut();
            case "restore" -> pg.restore();
            default -> throw new IllegalArgumentException(command);
        }
    }

    /** A session replayed over its socket: what the client got. */
    record Run(String id, String token, JsonNode report, int windows) {
        UUID uuid() {
            return UUID.fromString(id);
        }
    }

    private static Run midSession;
    private static Run spooledAtEnd;

    @TestHTTPResource("/")
    URI base;

    @ConfigProperty(name = "coach.storage.spool-dir")
    Path spoolDir;

    @Inject
    SessionStoreJournal journal;

    @Inject
    SpoolReplay replay;

    @Inject
    LiveSessions sessions;

    @Inject
    MeterRegistry registry;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    @Order(1)
    void cutMidSessionAndAtTheEndTheReportsArriveComplete() throws Exception {
        try {
            LiveClient.Session a = LiveClient.create(http, base);
            LiveClient.Session b = LiveClient.create(http, base);
            try (LiveClient ca = connect(a); LiveClient cb = connect(b)) {
                CompletableFuture<?> sendA = replay(ca, 7.0);
                CompletableFuture<?> sendB = replay(cb, 7.0);
                Db.awaitStatus(UUID.fromString(b.id()), "running");

                proxy("cut"); // mid-session: both go on
                HttpResponse<String> unknown = get("/api/sessions/" + UUID.randomUUID(), "any");
                assertStorageUnavailable(unknown);
                assertStorageUnavailable(get("/api/questions", null));
                JsonNode running = json(get("/api/sessions/" + a.id(), a.token()), 200);
                assertEquals("running", running.get("status").asText(), "held here: answered without the database");
                Thread.sleep(1500);
                proxy("restore");

                sendA.join();
                sendB.join();
                midSession = end(ca, a);
                Db.awaitStatus(midSession.uuid(), "finished");

                double spooled = count("coach.storage.spooled", "kind", "finished");
                proxy("cut"); // as the second one ends: its end is spooled
                sendB.join();
                spooledAtEnd = end(cb, b);
                await("the end spooled and counted", () -> Files.exists(spoolDir.resolve(b.id() + ".json"))
                        && count("coach.storage.spooled", "kind", "finished") == spooled + 1, 60);
                assertEquals(spooledAtEnd.report(), json(get("/api/sessions/" + b.id() + "/report", b.token()), 200),
                        "while spooled, the report comes from the spool");
                JsonNode status = json(get("/api/sessions/" + b.id(), b.token()), 200);
                assertEquals("finished", status.get("status").asText());
                assertEquals(spooledAtEnd.report().at("/scores/overall"), status.at("/scores/overall"));
                assertStorageUnavailable(get("/api/sessions/" + a.id() + "/report", a.token()));
                assertEquals(0, Db.count("reports", spooledAtEnd.uuid()));

                double replayed = count("coach.storage.replayed", "kind", "finished");
                proxy("restore");
                await("the spool written and counted", () -> !Files.exists(spoolDir.resolve(b.id() + ".json"))
                        && count("coach.storage.replayed", "kind", "finished") > replayed, 30);
            }
        } finally {
            proxy("restore");
        }
        for (Run r : List.of(midSession, spooledAtEnd)) {
            Db.awaitStatus(r.uuid(), "finished");
            assertEquals(r.report(), json(getOnceAvailable("/api/sessions/" + r.id() + "/report", r.token()), 200),
                    "from PostgreSQL: the report the socket delivered");
            assertEquals(r.windows(), r.report().get("timeline").size(), "every window is in the report");
            assertEquals(r.windows(), Db.count("timeline_windows", r.uuid()));
            assertEquals(r.report().get("answers").size(), Db.count("answers", r.uuid()));
            assertTrue(r.report().get("answers").size() >= 1);
            Map<String, Object> row = Db.rows("select started_at, finished_at, token_hash from sessions where id = ?",
                    r.uuid()).get(0);
            assertNotNull(row.get("started_at"));
            assertNotNull(row.get("finished_at"));
            assertEquals(BearerToken.hash(r.token()), row.get("token_hash"));
        }
    }

    @Test
    @Order(0)
    void aSpoolLeftByAnEarlierProcessIsWrittenAtStart() throws Exception {
        UUID id = UUID.fromString(System.getProperty(LEFT_PROPERTY));
        Db.awaitStatus(id, "finished"); // written once the proxy forwards (the start found the database away)
        await("the report rows", () -> count(id.toString(), "reports") == 1, 20);
        assertEquals(2, Db.count("timeline_windows", id));
        assertEquals(1, Db.count("answers", id));
        assertEquals("hash-" + id, Db.rows("select token_hash from sessions where id = ?", id).get(0).get("token_hash"));
        await("its file deleted", () -> !Files.exists(spoolDir.resolve(id + ".json")), 10);
    }

    @Test
    @Order(2)
    void aSessionWhoseFirstWritesNeverLandedIsWrittenWholeAtItsEnd() throws Exception {
        String id = UUID.randomUUID().toString();
        try {
            proxy("cut");
            journal.created(id, "hash-" + id, sessions.settings());
            journal.started(id, List.of("pace"));
            journal.settled(id).get();
            assertEquals(0, Db.count("sessions", UUID.fromString(id)));
            proxy("restore");
            journal.finished(id, (ObjectNode) midSession.report());
            Db.awaitStatus(UUID.fromString(id), "finished");
        } finally {
            proxy("restore");
        }
        Map<String, Object> row = Db.rows("select token_hash, fps, pose_model, focus::text as focus, started_at "
                + "from sessions where id = ?", UUID.fromString(id)).get(0);
        assertEquals("hash-" + id, row.get("token_hash"));
        assertEquals(sessions.settings().limits().fps(), row.get("fps"));
        assertEquals("[\"pace\"]", row.get("focus"));
        assertNotNull(row.get("started_at"));
        await("the report rows", () -> count(id, "reports") == 1, 20);
        assertEquals(midSession.windows(), Db.count("timeline_windows", UUID.fromString(id)));
        assertEquals(midSession.report().get("answers").size(), Db.count("answers", UUID.fromString(id)));
    }

    @Test
    @Order(3)
    void aDeletionWinsOverASpooledEndAndACorruptFileIsMovedAside() throws Exception {
        String id = UUID.randomUUID().toString();
        UUID uuid = UUID.fromString(id);
        Path corrupt = spoolDir.resolve(UUID.randomUUID() + ".json");
        Files.writeString(corrupt, "{\"format\":1,\"kind\":\"fini");
        double aside = count("coach.storage.spool.aside", "reason", "corrupt");
        await("the row written", () -> { // the circuit breaker may still be open after the cut before
            journal.created(id, "hash-" + id, sessions.settings());
            journal.settled(id).join();
            return count(id, "sessions") == 1;
        }, 20);
        try {
            proxy("cut");
            journal.finished(id, (ObjectNode) midSession.report());
            journal.settled(id).get();
            assertTrue(Files.readString(spoolDir.resolve(id + ".json")).contains("\"kind\":\"finished\""));
            journal.deleted(id);
            journal.settled(id).get();
            assertTrue(Files.readString(spoolDir.resolve(id + ".json")).contains("\"kind\":\"deleted\""),
                    "the deletion replaces the waiting end");
            proxy("restore");
            await("the deletion written", () -> !Files.exists(spoolDir.resolve(id + ".json")), 30);
        } finally {
            proxy("restore");
        }
        assertEquals(0, Db.count("sessions", uuid));
        assertEquals(1, Db.rows("select id from deleted_sessions where id = ?", uuid).size());
        // the end, written late (another replica, an old spool): the session stays deleted
        assertEquals(2, Db.count("sessions", midSession.uuid()) + Db.count("sessions", spooledAtEnd.uuid()));
        await("the late end written (or refused)", () -> { // its circuit breaker may still be open after the cut
            try {
                journal.persistFinished(id, (ObjectNode) midSession.report()).await().atMost(Duration.ofSeconds(15));
                return true;
            } catch (RuntimeException e) {
                return false;
            }
        }, 20);
        assertEquals(0, Db.count("sessions", uuid));

        replay.soon();
        await("the corrupt file moved aside and counted", () -> Files.exists(spoolDir.resolve("aside")
                .resolve(corrupt.getFileName())) && count("coach.storage.spool.aside", "reason", "corrupt") == aside + 1, 10);
        assertFalse(Files.exists(corrupt));
    }

    @Test
    @Order(4)
    void aDatabaseThatHangsIsAnswered503WithinSeconds() throws Exception {
        try {
            pg.blackhole();
            long start = System.nanoTime();
            assertStorageUnavailable(get("/api/sessions/" + UUID.randomUUID(), "any"));
            double sec = (System.nanoTime() - start) / 1e9;
            assertTrue(sec < 8, "a read waits for its timeouts, not for the database: " + sec + " s");
        } finally {
            proxy("restore");
        }
    }

    // ---- helpers ----

    private LiveClient connect(LiveClient.Session s) throws Exception {
        LiveClient c = LiveClient.connect(http, base, s.socketUrl(), s.token());
        assertNotNull(c.next("ready", Duration.ofSeconds(30)));
        c.send(ControlMessage.start(null));
        c.send(ControlMessage.question("tell-me-about-yourself"));
        return c;
    }

    private static CompletableFuture<?> replay(LiveClient c, double seconds) {
        return CompletableFuture.runAsync(() -> {
            try {
                new ClipReplay(10, 16_000, 100, 85).replay(c, TestAssets.media("d9.mp4"), seconds);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    /** Ends the session and reads the socket to its report, counting the windows. */
    private static Run end(LiveClient c, LiveClient.Session s) throws Exception {
        c.send(ControlMessage.of(ControlMessage.Type.end));
        int windows = 0;
        while (true) {
            LiveClient.Received r = c.next(Duration.ofSeconds(90));
            assertNotNull(r, "the report did not come");
            switch (r.type()) {
                case "error" -> throw new AssertionError("error from the server: " + r.message());
                case "window" -> windows++;
                case "report" -> {
                    return new Run(s.id(), s.token(), r.message().get("report"), windows);
                }
                default -> {
                }
            }
        }
    }

    private static void assertStorageUnavailable(HttpResponse<String> r) throws Exception {
        assertEquals(503, r.statusCode(), r.uri() + ": " + r.body());
        assertEquals("application/problem+json", r.headers().firstValue("Content-Type").orElse(""));
        JsonNode problem = JSON.readTree(r.body());
        assertEquals("urn:interview-coach:problem:storage-unavailable", problem.get("type").asText(), r.body());
        assertEquals(503, problem.get("status").asInt());
        assertEquals("5", r.headers().firstValue("Retry-After").orElse(null));
        assertFalse(r.body().contains("Exception"), "no stack trace: " + r.body());
    }

    private double count(String name, String tag, String value) {
        var c = registry.find(name).tag(tag, value).counter();
        return c == null ? 0 : c.count();
    }

    private static long count(String id, String table) {
        try {
            return Db.count(table, UUID.fromString(id));
        } catch (java.sql.SQLException e) {
            return -1;
        }
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).GET().timeout(Duration.ofSeconds(30));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** GET as a client honouring Retry-After does: a circuit breaker still open after the cut answers 503 a while. */
    private HttpResponse<String> getOnceAvailable(String path, String token) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (true) {
            HttpResponse<String> r = get(path, token);
            if (r.statusCode() != 503 || System.nanoTime() > deadline) {
                return r;
            }
            Thread.sleep(500);
        }
    }

    private static JsonNode json(HttpResponse<String> response, int status) throws Exception {
        assertEquals(status, response.statusCode(), response.uri() + ": " + response.body());
        return JSON.readTree(response.body());
    }

    private static void await(String what, BooleanSupplier condition, int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for: " + what);
            }
            Thread.sleep(100);
        }
    }
}
