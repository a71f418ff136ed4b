package io.interviewcoach.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import jakarta.inject.Inject;

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
import io.interviewcoach.session.store.SessionStoreJournal;
import io.interviewcoach.testsupport.TestAssets;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.vertx.VertxContextSupport;

/**
 * The sessions API on a real server, PostgreSQL and models: two sessions of one owner replayed over the socket
 * (d9.mp4, the first with two answers), their reports over REST and in the tables, the ownership rules, progress,
 * the HTML report, the question bank and deletion.
 */
@QuarkusTest
@TestProfile(SessionsTestProfile.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SessionApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String Q1 = "conflict-teammate";
    private static final String Q2 = "tell-me-about-yourself";

    /** A session replayed to its end: what POST answered and the report the socket delivered. */
    record Finished(String id, String token, String ownerToken, JsonNode report) {
        UUID uuid() {
            return UUID.fromString(id);
        }
    }

    private static Finished first;
    private static Finished second;

    @TestHTTPResource("/")
    URI base;

    @Inject
    SessionStoreJournal journal;

    @Inject
    io.quarkus.redis.datasource.RedisDataSource redis;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    @Order(1)
    void aFullSessionIsStoredAndItsReportOverRestEqualsTheSockets() throws Exception {
        first = replay(null, "{\"questionIds\":[\"" + Q1 + "\",\"" + Q2 + "\"]}", null, true);
        assertNotNull(first.ownerToken(), "a session without an owner token makes a new owner");
        assertEquals(2, first.report().get("answers").size(), first.report().get("answers").toString());
        assertEquals(first.report(), json(get("/api/sessions/" + first.id() + "/report", first.token()), 200),
                "from memory");
        Db.awaitStatus(first.uuid(), "finished");
        assertStored(first);

        // The second session of the same owner: no new owner token; with one report kept, the first leaves memory.
        second = replay(first.ownerToken(), null, 4.0, false);
        assertNull(second.ownerToken());
        Db.awaitStatus(second.uuid(), "finished");
        assertStored(second);
        assertEquals(first.report(), json(get("/api/sessions/" + first.id() + "/report", first.token()), 200),
                "from the reports table");
        assertEquals(second.report(), json(get("/api/sessions/" + second.id() + "/report", second.token()), 200));

        JsonNode status = json(get("/api/sessions/" + first.id(), first.token()), 200);
        assertEquals("finished", status.get("status").asText());
        assertEquals(2, status.get("answers").asInt());
        assertEquals(first.report().at("/scores/overall"), status.at("/scores/overall"));
        assertFalse(status.get("createdAt").isNull());
        assertFalse(status.get("startedAt").isNull());
        assertFalse(status.get("finishedAt").isNull());
        List<Map<String, Object>> row = Db.rows("select owner_id, question_ids::text as q, fps, pose_model, status "
                + "from sessions where id = ?", first.uuid());
        assertEquals("[\"" + Q1 + "\", \"" + Q2 + "\"]", row.get(0).get("q"));
        assertEquals(row.get(0).get("owner_id"), Db.rows("select owner_id from sessions where id = ?", second.uuid())
                .get(0).get("owner_id"), "both sessions belong to one owner");
    }

    /** The rows equal the report: one answer per answers[], one window per timeline[], the scores as columns. */
    private static void assertStored(Finished s) throws Exception {
        JsonNode report = s.report();
        assertEquals(report.get("answers").size(), Db.count("answers", s.uuid()));
        assertEquals(report.get("timeline").size(), Db.count("timeline_windows", s.uuid()));
        Map<String, Object> r = Db.rows("select * from reports where session_id = ?", s.uuid()).get(0);
        assertEquals(report, JSON.readTree((String) r.get("report")), "the jsonb copy is the delivered report");
        assertEquals(report.get("schemaVersion").asInt(), r.get("schema_version"));
        for (String[] score : new String[][] {{"overall", "overall"}, {"bodyLanguage", "body_language"},
                {"facialExpression", "facial_expression"}, {"vocalDelivery", "vocal_delivery"},
                {"speechContent", "speech_content"}}) {
            JsonNode expected = report.path("scores").path(score[0]);
            Object actual = r.get(score[1]);
            if (expected.isNumber()) {
                assertEquals(expected.asDouble(), (Double) actual, 1e-9, score[0]);
            } else {
                assertNull(actual, score[0] + " not measured stays null");
            }
        }
        JsonNode timeline = report.get("timeline");
        List<Map<String, Object>> windows = Db.rows("select window_index, start_sec, \"values\"::text as v "
                + "from timeline_windows where session_id = ? order by window_index", s.uuid());
        for (int i = 0; i < timeline.size(); i++) {
            assertEquals(i, windows.get(i).get("window_index"));
            assertEquals(timeline.get(i).get("t").asDouble(), (Double) windows.get(i).get("start_sec"), 1e-9);
            assertEquals(timeline.get(i), JSON.readTree((String) windows.get(i).get("v")));
        }
    }

    @Test
    @Order(2)
    void answersComeWithTheirQuestionText() throws Exception {
        JsonNode a1 = json(get("/api/sessions/" + first.id() + "/answers/1", first.token()), 200);
        assertEquals(1, a1.get("n").asInt());
        assertEquals(Q1, a1.get("questionId").asText());
        assertTrue(a1.get("questionText").asText().startsWith("Tell me about a time you had a conflict"), a1.toString());
        assertEquals(first.report().at("/answers/0"), a1.get("section"));
        assertEquals(first.report().at("/answers/0/start").asDouble(), a1.get("start").asDouble(), 1e-9);
        JsonNode a2 = json(get("/api/sessions/" + first.id() + "/answers/2", first.token()), 200);
        assertEquals(Q2, a2.get("questionId").asText());
        assertEquals("Tell me about yourself.", a2.get("questionText").asText());
        assertTrue(a2.get("start").asDouble() >= a1.get("end").asDouble() - 1e-9, a1 + " then " + a2);
        assertEquals("urn:interview-coach:problem:not-found",
                json(get("/api/sessions/" + first.id() + "/answers/3", first.token()), 404).get("type").asText());
        json(get("/api/sessions/" + first.id() + "/answers/0", first.token()), 404);
    }

    @Test
    @Order(3)
    void persistingTheEndAgainChangesNothing() throws Throwable {
        long windows = Db.count("timeline_windows", first.uuid());
        Object finishedAt = Db.rows("select finished_at from sessions where id = ?", first.uuid()).get(0).get("finished_at");
        for (int i = 0; i < 2; i++) { // what a spool retrying a write it could not confirm does
            VertxContextSupport.subscribeAndAwait(() -> journal.persistFinished(first.id(), (ObjectNode) first.report()));
        }
        assertEquals(2, Db.count("answers", first.uuid()));
        assertEquals(windows, Db.count("timeline_windows", first.uuid()));
        assertEquals(1, Db.count("reports", first.uuid()));
        assertEquals(finishedAt, Db.rows("select finished_at from sessions where id = ?", first.uuid()).get(0)
                .get("finished_at"), "a retry keeps the first end time");
        assertStored(first);
    }

    @Test
    @Order(4)
    void wrongTokenAndUnknownIdGetTheSame404AndNoTokenA401() throws Exception {
        for (String path : List.of("", "/report", "/report.html", "/answers/1")) {
            String known = "/api/sessions/" + first.id() + path;
            String unknown = "/api/sessions/" + UUID.randomUUID() + path;
            HttpResponse<String> wrong = get(known, "wrong" + first.token());
            HttpResponse<String> missing = get(unknown, first.token());
            assertEquals(404, wrong.statusCode(), known);
            assertEquals(404, missing.statusCode(), unknown);
            assertEquals(JSON.readTree(wrong.body()), JSON.readTree(missing.body()), "nothing tells the two apart");
            assertEquals("application/problem+json", wrong.headers().firstValue("Content-Type").orElse(""));
            assertEquals(JSON.readTree(wrong.body()), json(get("/api/sessions/not-a-uuid" + path, first.token()), 404));
            HttpResponse<String> none = get(known, null);
            assertEquals(401, none.statusCode(), known);
            assertEquals("urn:interview-coach:problem:unauthorized", JSON.readTree(none.body()).get("type").asText());
        }
        assertEquals(404, send(HttpRequest.newBuilder(base.resolve("/api/sessions/" + first.id()))
                .header("Authorization", "Bearer " + second.token()).DELETE()).statusCode(), "another session's token");
        assertEquals(1, Db.count("sessions", first.uuid()));
    }

    @Test
    @Order(5)
    void reportHtmlShowsTheOverallScore() throws Exception {
        HttpResponse<String> page = get("/api/sessions/" + first.id() + "/report.html", first.token());
        assertEquals(200, page.statusCode(), page.body());
        assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        double overall = first.report().at("/scores/overall").asDouble();
        String shown = String.format(Locale.ROOT, "%.0f", overall);
        assertTrue(page.body().contains("aria-label='score " + shown + "'"), "overall " + overall + " not on the page");
        assertTrue(page.body().startsWith("<!DOCTYPE html>"));
    }

    @Test
    @Order(6)
    void progressFollowsTheOwnersSessions() throws Exception {
        JsonNode progress = json(get("/api/progress", first.ownerToken()), 200);
        JsonNode points = progress.get("points");
        assertEquals(2, points.size(), progress.toString());
        assertEquals(first.id(), points.get(0).get("sessionId").asText());
        assertEquals(second.id(), points.get(1).get("sessionId").asText());
        for (String category : List.of("overall", "bodyLanguage", "facialExpression", "vocalDelivery", "speechContent")) {
            JsonNode a = first.report().at("/scores/" + category);
            JsonNode b = second.report().at("/scores/" + category);
            assertEquals(a.isNumber() ? a.asDouble() : null, number(points.get(0).get(category)), category);
            assertEquals(b.isNumber() ? b.asDouble() : null, number(points.get(1).get(category)), category);
            JsonNode trend = progress.at("/trends/" + category);
            int measured = (a.isNumber() ? 1 : 0) + (b.isNumber() ? 1 : 0);
            assertEquals(measured, trend.get("count").asInt(), category);
            if (a.isNumber() && b.isNumber()) {
                assertEquals(a.asDouble(), trend.get("first").asDouble(), 1e-9);
                assertEquals(b.asDouble(), trend.get("last").asDouble(), 1e-9);
                assertEquals(b.asDouble() - a.asDouble(), trend.get("change").asDouble(), 1e-9);
            }
        }
        assertEquals(2, progress.at("/trends/overall/count").asInt(), "both sessions have an overall score");
        assertEquals(401, get("/api/progress", null).statusCode());
        assertEquals(404, get("/api/progress", "no-such-owner").statusCode());
        assertEquals(404, get("/api/progress", first.token()).statusCode(), "a session token is not an owner token");
    }

    @Test
    @Order(7)
    void deleteRemovesEveryRowOfTheSession() throws Exception {
        UUID id = second.uuid();
        assertTrue(Db.count("answers", id) + Db.count("timeline_windows", id) + Db.count("reports", id) > 0);

        assertEquals(401, send(HttpRequest.newBuilder(base.resolve("/api/sessions/" + second.id())).DELETE()).statusCode());
        HttpResponse<String> deleted = send(HttpRequest.newBuilder(base.resolve("/api/sessions/" + second.id()))
                .header("Authorization", "Bearer " + second.token()).DELETE());
        assertEquals(204, deleted.statusCode(), deleted.body());
        for (String table : List.of("sessions", "answers", "timeline_windows", "reports")) {
            assertEquals(0, Db.count(table, id), table);
        }
        assertEquals(404, get("/api/sessions/" + second.id(), second.token()).statusCode());
        assertEquals(404, get("/api/sessions/" + second.id() + "/report", second.token()).statusCode());
        assertEquals(1, json(get("/api/progress", first.ownerToken()), 200).get("points").size());
        assertEquals(1, Db.count("reports", first.uuid()), "the other session of the owner stays");
    }

    @Test
    @Order(8)
    void aSessionDeletedBeforeItEndsLeavesNothing() throws Exception {
        JsonNode created = post(null, null);
        String id = created.get("id").asText();
        String token = created.get("token").asText();
        Db.awaitStatus(UUID.fromString(id), "created");
        JsonNode status = json(get("/api/sessions/" + id, token), 200);
        assertEquals("created", status.get("status").asText());
        assertTrue(status.get("scores").isNull());
        assertEquals("urn:interview-coach:problem:not-finished",
                json(get("/api/sessions/" + id + "/report", token), 409).get("type").asText());
        String[] liveKeys = {"coach:live:" + id, "coach:live:" + id + ":windows"};
        long until = System.nanoTime() + 10_000_000_000L;
        while (!redis.key().exists(liveKeys[0]) && System.nanoTime() < until) {
            Thread.sleep(50);
        }
        assertTrue(redis.key().exists(liveKeys[0]), "the live state is in Redis before the deletion");
        assertEquals(204, send(HttpRequest.newBuilder(base.resolve("/api/sessions/" + id))
                .header("Authorization", "Bearer " + token).DELETE()).statusCode());
        assertEquals(0, Db.count("sessions", UUID.fromString(id)));
        Thread.sleep(2000); // the ended session finishes after the deletion: it must not write itself back
        assertEquals(0, Db.count("sessions", UUID.fromString(id)));
        assertEquals(0, redis.key().exists(liveKeys), "the session's Redis keys are gone and stay gone");
        assertEquals(404, get("/api/sessions/" + id, token).statusCode());
    }

    @Test
    @Order(9)
    void questionsFilterByCategoryAndRole() throws Exception {
        JsonNode all = json(get("/api/questions", null), 200);
        assertTrue(all.size() >= 21, "the built-in bank is imported: " + all.size());
        JsonNode behavioral = json(get("/api/questions?category=behavioral", null), 200);
        assertEquals(13, behavioral.size());
        behavioral.forEach(q -> {
            assertEquals("behavioral", q.get("category").asText());
            assertEquals("behavioral.json", q.get("source").asText());
            assertTrue(q.get("star").asBoolean(), q.get("id").asText());
            assertTrue(q.get("talkingPoints").size() > 0);
        });
        JsonNode engineering = json(get("/api/questions?role=engineering", null), 200);
        assertEquals(1, engineering.size(), engineering.toString());
        assertEquals("debug-production-issue", engineering.get(0).get("id").asText());
        assertEquals("role-engineering", engineering.get(0).get("category").asText());
        assertEquals(0, json(get("/api/questions?role=engineering&category=general", null), 200).size());
        HttpResponse<String> bad = send(HttpRequest.newBuilder(base.resolve("/api/sessions"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"questionIds\":[\"no-such-question\"]}")));
        assertEquals(400, bad.statusCode(), bad.body());
        assertTrue(JSON.readTree(bad.body()).get("detail").asText().contains("no-such-question"));
    }

    @Test
    @Order(9)
    void aJobDescriptionPutsTheQuestionsItAsksAboutFirst() throws Exception {
        String jd = "We want an engineer who can resolve conflict in a team, listen to each teammate's perspective and "
                + "find a compromise grounded in data, while keeping the relationship and the result in view.";
        JsonNode ranked = json(postJson("/api/questions/match", JSON.createObjectNode().put("text", jd).toString()), 200);
        assertEquals(json(get("/api/questions", null), 200).size(), ranked.size(), "every question, reordered");
        assertEquals("conflict-teammate", ranked.get(0).at("/question/id").asText(), ranked.get(0).toString());
        assertEquals(100.0, ranked.get(0).get("relevance").asDouble(), 1e-9, "all four talking points are in the text");
        List<String> matched = new ArrayList<>();
        ranked.get(0).get("matched").forEach(m -> matched.add(m.asText()));
        assertTrue(matched.containsAll(List.of("conflict", "listen", "compromise", "relationship")), matched.toString());
        for (int i = 1; i < ranked.size(); i++) {
            assertTrue(ranked.get(i - 1).get("relevance").asDouble() >= ranked.get(i).get("relevance").asDouble(),
                    "best match first: " + ranked);
        }
        assertEquals(0.0, ranked.get(ranked.size() - 1).get("relevance").asDouble(), "most questions are not about this");
        JsonNode generalOnly = json(postJson("/api/questions/match?category=general", JSON.createObjectNode()
                .put("text", jd).toString()), 200);
        assertTrue(generalOnly.size() > 0);
        generalOnly.forEach(m -> assertEquals("general", m.at("/question/category").asText()));

        assertEquals(400, postJson("/api/questions/match", "{\"text\":\"  \"}").statusCode());
        assertEquals(400, postJson("/api/questions/match", JSON.createObjectNode().put("text", "x".repeat(20_001))
                .toString()).statusCode());
    }

    private HttpResponse<String> postJson(String path, String body) throws Exception {
        return send(HttpRequest.newBuilder(base.resolve(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    @Test
    @Order(10)
    void theOpenApiDocumentDescribesEveryEndpointAndItsProblems() throws Exception {
        JsonNode api = json(get("/q/openapi?format=json", null), 200);
        for (String[] op : new String[][] {{"/api/sessions", "post"}, {"/api/sessions/{id}", "get"},
                {"/api/sessions/{id}", "delete"}, {"/api/sessions/{id}/report", "get"},
                {"/api/sessions/{id}/report.html", "get"}, {"/api/sessions/{id}/answers/{n}", "get"},
                {"/api/questions", "get"}, {"/api/progress", "get"}}) {
            JsonNode operation = api.path("paths").path(op[0]).path(op[1]);
            assertFalse(operation.path("summary").asText().isBlank(), op[0] + " " + op[1] + ": " + operation);
            assertFalse(operation.path("tags").isEmpty(), op[0]);
            if (!op[0].equals("/api/questions")) {
                JsonNode notFound = operation.path("responses").path(op[0].equals("/api/sessions") ? "400" : "404");
                assertEquals("#/components/schemas/Problem",
                        notFound.at("/content/application~1problem+json/schema/$ref").asText(), op[0] + " " + notFound);
            }
        }
    }

    // ---- helpers ----

    /** Creates a session, replays d9.mp4 over its socket (two answers when asked), and waits for the report. */
    private Finished replay(String ownerToken, String options, Double seconds, boolean twoAnswers) throws Exception {
        JsonNode created = post(ownerToken, options);
        String id = created.get("id").asText();
        String token = created.get("token").asText();
        try (LiveClient c = LiveClient.connect(http, base, created.get("socketUrl").asText(), token)) {
            assertNotNull(c.next("ready", Duration.ofSeconds(30)));
            c.send(ControlMessage.start(null));
            c.send(ControlMessage.question(Q1));
            CompletableFuture<ClipReplay.Sent> sending = CompletableFuture.supplyAsync(() -> {
                try {
                    return new ClipReplay(10, 16_000, 100, 85).replay(c, TestAssets.media("d9.mp4"), seconds);
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            });
            if (twoAnswers) {
                Thread.sleep(9_000);
                c.send(ControlMessage.question(Q2));
                Db.awaitStatus(UUID.fromString(id), "running");
                JsonNode running = json(get("/api/sessions/" + id, token), 200);
                assertEquals("running", running.get("status").asText());
                assertTrue(running.get("scores").isNull());
                assertTrue(running.get("finishedAt").isNull());
                assertEquals("urn:interview-coach:problem:not-finished",
                        json(get("/api/sessions/" + id + "/report", token), 409).get("type").asText());
            }
            sending.join();
            c.send(ControlMessage.of(ControlMessage.Type.end));
            while (true) {
                LiveClient.Received r = c.next(Duration.ofSeconds(90));
                assertNotNull(r, "the report did not come");
                if (r.type().equals("error")) {
                    throw new AssertionError("error from the server: " + r.message());
                }
                if (r.type().equals("report")) {
                    String owner = created.has("ownerToken") ? created.get("ownerToken").asText() : null;
                    return new Finished(id, token, owner, r.message().get("report"));
                }
            }
        }
    }

    private JsonNode post(String ownerToken, String options) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve("/api/sessions"));
        if (ownerToken != null) {
            request.header("Authorization", "Bearer " + ownerToken);
        }
        request.header("Content-Type", "application/json")
                .POST(options == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(options));
        return json(send(request), 201);
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> response, int status) throws Exception {
        assertEquals(status, response.statusCode(), response.uri() + ": " + response.body());
        return JSON.readTree(response.body());
    }

    private static Double number(JsonNode n) {
        return n != null && n.isNumber() ? n.asDouble() : null;
    }
}
