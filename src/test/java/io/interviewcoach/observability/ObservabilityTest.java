package io.interviewcoach.observability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.interviewcoach.live.client.ClipReplay;
import io.interviewcoach.live.client.LiveClient;
import io.interviewcoach.live.protocol.ControlMessage;
import io.interviewcoach.observability.DeployMonitoringFiles.Query;
import io.interviewcoach.observability.PromQl.Matcher;
import io.interviewcoach.observability.PromQl.Selector;
import io.interviewcoach.testsupport.TestAssets;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * On a running server after a little real traffic (REST calls and a live session replaying d9.mp4): every metric the
 * alerts and the dashboard query is in /q/metrics, and the JSON log lines carry the request and session ids.
 */
@QuarkusTest
@TestProfile(ObservabilityTestProfile.class)
class ObservabilityTest {
    /** Series Prometheus makes itself, and labels its scrape configuration adds (deploy/compose/prometheus.yml). */
    private static final List<String> PROMETHEUS_SERIES = List.of("up");
    private static final List<String> TARGET_LABELS = List.of("job", "instance", "pod", "namespace", "le");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Traffic traffic;

    @TestHTTPResource("/")
    URI base;

    private final HttpClient http = HttpClient.newHttpClient();

    /** What the traffic left behind: the ids it used. */
    record Traffic(String requestId, String requestSessionId, String liveSessionId) {}

    @Test
    void everyMetricQueriedByTheAlertsAndTheDashboardIsScraped() throws Exception {
        traffic();
        Scrape scrape = new Scrape(get("/q/metrics", Map.of()).body());
        assertTrue(scrape.size() > 50, "a scrape of " + scrape.size() + " samples");
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (Query q : DeployMonitoringFiles.queries()) {
            for (Selector s : PromQl.selectors(q.expr())) {
                checked++;
                if (PROMETHEUS_SERIES.contains(s.metric())) {
                    continue;
                }
                if (!scrape.has(s.metric())) {
                    problems.add(q.where() + ": " + s.metric() + " is not in /q/metrics");
                    continue;
                }
                for (Map.Entry<String, Matcher> m : s.matchers().entrySet()) {
                    String label = m.getKey();
                    if (TARGET_LABELS.contains(label)) {
                        continue;
                    }
                    if (scrape.values(s.metric(), label).isEmpty()) {
                        problems.add(q.where() + ": " + s.metric() + " has no label " + label);
                    } else if (m.getValue().op().equals("=") && !scrape.values(s.metric(), label).contains(m.getValue().value())) {
                        problems.add(q.where() + ": " + s.metric() + " never has " + label + "=\"" + m.getValue().value()
                                + "\" (it has " + scrape.values(s.metric(), label) + ")");
                    }
                }
            }
        }
        assertTrue(checked > 40, "only " + checked + " selectors checked");
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void aRequestsIdIsEchoedAndOnItsLogLines() throws Exception {
        Traffic t = traffic();
        JsonNode created = logLine(l -> l.path("message").asText().contains("session " + t.requestSessionId() + ": created"));
        assertEquals(t.requestId(), created.at("/mdc/requestId").asText(), "the id the caller sent: " + created);
        assertEquals(t.requestSessionId(), created.at("/mdc/sessionId").asText(), created.toString());

        HttpResponse<String> plain = get("/api/questions", Map.of());
        HttpResponse<String> plainAgain = get("/api/questions", Map.of());
        String generated = plain.headers().firstValue("X-Request-Id").orElseThrow();
        assertTrue(generated.matches("[0-9a-f-]{36}"), generated);
        assertNotEquals(generated, plainAgain.headers().firstValue("X-Request-Id").orElseThrow(), "one id per request");
        HttpResponse<String> forged = get("/api/questions", Map.of("X-Request-Id", "x\" level=\"ERROR"));
        String replaced = forged.headers().firstValue("X-Request-Id").orElseThrow();
        assertTrue(replaced.matches("[0-9a-f-]{36}"), "an id that could forge log fields is replaced: " + replaced);
    }

    @Test
    void everyLogLineOfALiveSessionCarriesItsIdWhicheverThreadLogsIt() throws Exception {
        String id = traffic().liveSessionId();
        List<JsonNode> about = logLines().stream().filter(l -> l.path("message").asText().contains("session " + id + ":")).toList();
        List<String> messages = about.stream().map(l -> l.path("message").asText()).toList();
        for (String step : List.of(": created", ": started", ": ending", ": finished")) {
            assertTrue(messages.stream().anyMatch(m -> m.contains(step)), "no '" + step + "' line in " + messages);
        }
        for (JsonNode l : about) {
            assertEquals(id, l.at("/mdc/sessionId").asText(), "a line of the session without its id: " + l);
        }
        // the session's lines come from the REST worker, the socket's event loop and the inference pool
        assertTrue(about.stream().map(l -> l.path("threadName").asText().replaceAll("-\\d+$", "")).distinct().count() >= 3,
                "all on one kind of thread: " + about.stream().map(l -> l.path("threadName").asText()).toList());
        for (JsonNode l : logLines()) {
            String message = l.path("message").asText();
            if (id.equals(l.at("/mdc/sessionId").asText()) && message.matches("(?s).*session [0-9a-f-]{36}:.*")) {
                assertTrue(message.contains(id), "another session's line carries this session's id: " + l);
            }
        }
    }

    /** Once for the class: a REST call with a caller's request id, then a live session of d9.mp4's first 3 s. */
    private synchronized Traffic traffic() throws Exception {
        if (traffic != null) {
            return traffic;
        }
        String requestId = "obs-" + UUID.randomUUID();
        HttpResponse<String> create = http.send(HttpRequest.newBuilder(base.resolve("/api/sessions"))
                .header("X-Request-Id", requestId).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(201, create.statusCode(), create.body());
        assertEquals(requestId, create.headers().firstValue("X-Request-Id").orElse(null), "the caller's id is echoed");
        String requestSession = JSON.readTree(create.body()).get("id").asText();
        delete(requestSession, JSON.readTree(create.body()).get("token").asText());

        LiveClient.Session s = LiveClient.create(http, base);
        try (LiveClient c = LiveClient.connect(http, base, s.socketUrl(), s.token())) {
            assertNotNull(c.next("ready", Duration.ofSeconds(30)));
            c.send(ControlMessage.start(null));
            new ClipReplay(10, 16_000, 100, 85).replay(c, TestAssets.media("d9.mp4"), 3.0);
            c.send(ControlMessage.of(ControlMessage.Type.end));
            assertNotNull(c.next("report", Duration.ofSeconds(90)), "the live session's report did not come");
        }
        delete(s.id(), s.token());
        traffic = new Traffic(requestId, requestSession, s.id());
        return traffic;
    }

    /** The test's sessions leave nothing in the shared database and Redis. */
    private void delete(String id, String token) throws Exception {
        assertEquals(204, http.send(HttpRequest.newBuilder(base.resolve("/api/sessions/" + id))
                .header("Authorization", "Bearer " + token).DELETE().build(), HttpResponse.BodyHandlers.discarding())
                .statusCode(), "session " + id + " deleted");
    }

    private HttpResponse<String> get(String path, Map<String, String> headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(base.resolve(path)).GET();
        headers.forEach(b::header);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static List<JsonNode> logLines() throws Exception {
        List<JsonNode> lines = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of(ObservabilityTestProfile.LOG_FILE))) {
            if (!line.isBlank()) {
                lines.add(JSON.readTree(line)); // every line is one JSON object, or this throws
            }
        }
        return lines;
    }

    private static JsonNode logLine(java.util.function.Predicate<JsonNode> which) throws Exception {
        return logLines().stream().filter(which).findFirst()
                .orElseThrow(() -> new AssertionError("no such line in " + ObservabilityTestProfile.LOG_FILE));
    }
}
