package io.interviewcoach.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocketHandshakeException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.interviewcoach.live.client.LiveClient;
import io.interviewcoach.live.protocol.ControlMessage;
import io.interviewcoach.live.protocol.MediaMessage;
import io.interviewcoach.testsupport.TestAssets;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** The socket's rules on a real server: tokens, limits, bad messages, grace and resume, capacity. */
@QuarkusTest
@TestProfile(LiveTestProfile.class)
class LiveProtocolTest {
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final ObjectMapper JSON = new ObjectMapper();

    @TestHTTPResource("/")
    URI base;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void wrongMissingTokenAndUnknownIdAreRefusedAlike() throws Exception {
        LiveClient.Session s = LiveClient.create(http, base);
        for (String[] attempt : new String[][] {{s.socketUrl(), "wrong" + s.token()}, {s.socketUrl(), null},
                {"/api/sessions/00000000-0000-0000-0000-000000000000/live", s.token()}}) {
            CompletionException e = assertThrows(CompletionException.class,
                    () -> LiveClient.connect(http, base, attempt[0], attempt[1]));
            assertTrue(e.getCause() instanceof WebSocketHandshakeException, e.toString());
            assertEquals(401, ((WebSocketHandshakeException) e.getCause()).getResponse().statusCode());
        }
        try (LiveClient ok = LiveClient.connect(http, base, s.socketUrl(), s.token())) {
            JsonNode ready = ok.next("ready", WAIT).message();
            assertEquals(s.id(), ready.get("sessionId").asText());
            assertFalse(ready.get("resumed").asBoolean());
            assertEquals(1, ready.get("protocolVersion").asInt());
            ok.send(ControlMessage.of(ControlMessage.Type.end));
            assertNotNull(ok.next("report", Duration.ofSeconds(60)), "a session ended before any media still reports");
        }
    }

    @Test
    void sessionOptionsWorkOrAreRefused() throws Exception {
        LiveClient.Session s = LiveClient.create(http, base, "{\"fps\":5,\"poseModel\":\"lite\"}");
        assertEquals(5, s.limits().get("fps").asInt());
        try (LiveClient c = LiveClient.connect(http, base, s.socketUrl(), s.token())) {
            assertEquals(5, c.next("ready", WAIT).message().get("fps").asInt());
            c.send(ControlMessage.of(ControlMessage.Type.end));
            assertNotNull(c.next("report", Duration.ofSeconds(60)));
        }
        for (String bad : List.of("{\"fps\":0}", "{\"poseModel\":\"heavy\"}", "{\"colour\":1}", "[1")) {
            LiveClient.RefusedException e = assertThrows(LiveClient.RefusedException.class,
                    () -> LiveClient.create(http, base, bad));
            assertEquals(400, e.status(), bad);
            assertFalse(JSON.readTree(e.body()).get("detail").asText().isBlank());
        }
    }

    @Test
    void badMessagesGetAnErrorNamingTheLimitAndTheSessionGoesOn() throws Exception {
        LiveClient.Session s = LiveClient.create(http, base);
        int maxMessage = s.limits().get("maxMessageBytes").asInt();
        int maxFrame = s.limits().get("maxFrameBytes").asInt();
        byte[] jpeg = Files.readAllBytes(TestAssets.media("sample1.jpg"));
        try (LiveClient c = LiveClient.connect(http, base, s.socketUrl(), s.token())) {
            c.next("ready", WAIT);
            c.send(MediaMessage.video(0, 0, jpeg));
            assertError(c, "notStarted", null);
            c.send(ControlMessage.start(List.of("pace", "fillers")));

            c.sendBinary(new byte[10]);
            assertError(c, "malformed", null);
            c.sendBinary(new byte[maxMessage + 1]);
            assertError(c, "messageTooLarge", "maxMessageBytes");
            c.send(MediaMessage.video(1, 0, new byte[maxFrame + 1]));
            assertError(c, "frameTooLarge", "maxFrameBytes");
            c.send(MediaMessage.video(2, 0, new byte[] {1, 2, 3, 4}));
            assertError(c, "malformed", null);
            c.send(MediaMessage.video(3, 100, jpeg));
            c.send(MediaMessage.video(3, 200, jpeg));
            assertError(c, "badSequence", "sequence");
            c.send(MediaMessage.video(2, 300, jpeg));
            assertError(c, "badSequence", "sequence");
            c.send(MediaMessage.audio(0, 0, 44_100, new byte[882]));
            assertError(c, "unsupportedRate", "audioSampleRates");
            c.send(MediaMessage.audio(1, 0, 16_000, new byte[3]));
            assertError(c, "malformed", null);
            c.sendText("{not json");
            assertError(c, "malformed", null);
            c.sendText("{\"type\":\"dance\"}");
            assertError(c, "malformed", null);
            c.send(ControlMessage.start(null));
            assertError(c, "malformed", null);

            // Still alive: two seconds of silence and frames make windows, and the end brings the report.
            for (int i = 0; i < 20; i++) {
                c.send(MediaMessage.audio(2 + i, i * 100L, 16_000, new byte[3200]));
                c.send(MediaMessage.video(4 + i, i * 100L + 100, jpeg));
            }
            c.send(ControlMessage.of(ControlMessage.Type.end));
            JsonNode window = c.next("window", WAIT).message();
            assertEquals(0, window.get("index").asInt());
            assertTrue(window.get("metrics").has("eyeContact"), window.toString());
            JsonNode report = c.next("report", Duration.ofSeconds(60)).message().get("report");
            assertTrue(report.at("/analysis/framesAnalyzed").asInt() > 0, report.toString());
            assertTrue(report.has("answers"));
        }
    }

    private static void assertError(LiveClient c, String code, String limit) throws InterruptedException {
        LiveClient.Received r = c.next("error", WAIT);
        assertNotNull(r, "no error message for " + code);
        JsonNode e = r.message();
        assertEquals(code, e.get("code").asText(), e.toString());
        if (limit != null) {
            assertEquals(limit, e.get("limit").asText(), e.toString());
        }
        assertFalse(e.get("message").asText().isBlank());
    }

    @Test
    void reconnectWithinGraceResumesAndBeyondGraceFinalizes() throws Exception {
        LiveClient.Session s = LiveClient.create(http, base);
        LiveClient first = LiveClient.connect(http, base, s.socketUrl(), s.token());
        first.next("ready", WAIT);
        first.send(ControlMessage.start(null));
        first.send(ControlMessage.question("q1"));
        for (int i = 0; i < 15; i++) {
            first.send(MediaMessage.audio(i, i * 100L, 16_000, new byte[3200]));
        }
        first.abort();
        Thread.sleep(500);
        LiveClient second = LiveClient.connect(http, base, s.socketUrl(), s.token());
        JsonNode ready = second.next("ready", WAIT).message();
        assertTrue(ready.get("resumed").asBoolean(), ready.toString());
        for (int i = 15; i < 25; i++) {
            second.send(MediaMessage.audio(i, i * 100L, 16_000, new byte[3200]));
        }
        assertEquals(409, reportStatus(s.id(), s.token()), "a running session has no report yet");
        second.abort();

        long deadline = System.nanoTime() + Duration.ofSeconds(LiveTestProfile.GRACE_SEC + 60).toNanos();
        int status;
        while ((status = reportStatus(s.id(), s.token())) != 200 && System.nanoTime() < deadline) {
            Thread.sleep(250);
        }
        assertEquals(200, status, "the session is finalized after the grace period");
        JsonNode report = JSON.readTree(report(s.id(), s.token()).body());
        assertTrue(report.at("/analysis/analyzedDurationSec").asDouble() >= 2.0, report.toString());
        assertEquals("q1", report.at("/answers/0/questionId").asText(), report.toString());
        assertEquals(404, reportStatus(s.id(), "wrong"), "the wrong token gets nothing");

        // the owner coming back is told the session ended and where the report is; anyone else learns nothing
        try (LiveClient late = LiveClient.connect(http, base, s.socketUrl(), s.token())) {
            assertEquals(4410, late.closeCode(WAIT), "a finished session takes no media");
        }
        CompletionException e = assertThrows(CompletionException.class,
                () -> LiveClient.connect(http, base, s.socketUrl(), "wrong" + s.token()));
        assertTrue(e.getCause() instanceof WebSocketHandshakeException, "a wrong token is refused at the upgrade");
    }

    @Test
    void beyondCapacityIsRefusedWithProblemJsonAndRetryAfter() throws Exception {
        List<LiveClient.Session> created = new ArrayList<>();
        LiveClient.RefusedException refused = null;
        for (int i = 0; i <= LiveTestProfile.MAX_SESSIONS && refused == null; i++) {
            try {
                created.add(LiveClient.create(http, base));
            } catch (LiveClient.RefusedException r) {
                refused = r;
            }
        }
        assertNotNull(refused, "more than " + LiveTestProfile.MAX_SESSIONS + " sessions were admitted");
        assertEquals(503, refused.status());
        assertNotNull(refused.retryAfter());
        JsonNode problem = JSON.readTree(refused.body());
        assertEquals(503, problem.get("status").asInt());
        assertTrue(problem.get("detail").asText().contains("capacity"), problem.toString());
        // Sessions never connected are finalized after the grace period, freeing their places.
        long deadline = System.nanoTime() + Duration.ofSeconds(LiveTestProfile.GRACE_SEC + 60).toNanos();
        boolean admitted = false;
        while (!admitted && System.nanoTime() < deadline) {
            try {
                LiveClient.create(http, base);
                admitted = true;
            } catch (LiveClient.RefusedException r) {
                Thread.sleep(250);
            }
        }
        assertTrue(admitted, "places are freed once unused sessions are finalized");

        String metrics = http.send(HttpRequest.newBuilder(base.resolve("/q/metrics")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body();
        for (String meter : List.of("coach_live_sessions_rejected_total", "coach_live_sessions_active",
                "coach_live_sessions_capacity", "coach_live_frames_received_total")) {
            assertTrue(metrics.contains(meter), meter + " missing from /q/metrics");
        }
        JsonNode health = JSON.readTree(http.send(HttpRequest.newBuilder(base.resolve("/q/health/ready")).GET().build(),
                HttpResponse.BodyHandlers.ofString()).body());
        boolean shown = false;
        for (JsonNode check : health.get("checks")) {
            if (check.get("name").asText().equals("live sessions")) {
                shown = check.at("/data/capacity").asInt() >= 1 && check.at("/data/active").isInt();
            }
        }
        assertTrue(shown, "readiness shows the live capacity in use: " + health);
    }

    private int reportStatus(String id, String token) throws Exception {
        return report(id, token).statusCode();
    }

    private HttpResponse<String> report(String id, String token) throws Exception {
        return http.send(HttpRequest.newBuilder(base.resolve("/api/sessions/" + id + "/report"))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
