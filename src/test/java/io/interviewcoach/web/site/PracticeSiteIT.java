package io.interviewcoach.web.site;

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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.interviewcoach.testsupport.PackagedBinary;
import io.interviewcoach.testsupport.TestAssets;

/**
 * The practice site as a candidate uses it: the packaged binary serves it, Debian's Chromium (driven by
 * playwright-core, frontend/e2e/practice.mjs) plays a recording as camera and microphone, and a session of two
 * questions runs through the pages to the report. The scores the page shows must be the ones
 * GET /api/sessions/{id}/report serves with the token the page holds. Then a browser that refuses the camera gets
 * a message and the way to practise without it. Screenshots: target/e2e-screenshots/.
 */
class PracticeSiteIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> SCORES = List.of("overall", "bodyLanguage", "facialExpression", "vocalDelivery", "speechContent");
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void twoQuestionsThroughTheSiteEndWithTheReportTheApiServes() throws Exception {
        for (String tool : List.of("node", "ffmpeg", "/usr/bin/chromium")) {
            assertEquals(0, SiteBrowserRun.run(List.of("sh", "-c", "command -v " + tool), Path.of("."), 10),
                    tool + " is missing: run deploy/install-test-tools.sh");
        }
        Path dir = Path.of("target", "practice-site-it").toAbsolutePath();
        deleteTree(dir.resolve("data")); // a fresh embedded PostgreSQL: no state from an earlier run
        Files.createDirectories(dir);
        // d9 is the camera: its first 10 s with 3-7 s blacked out, played in a loop, so the candidate leaves the
        // picture every 10 s and the report gets a "Face in frame" tip whose moments (noFace events) fall inside
        // the recorded answers. Its own audio track is near silence (-63 dB mean): no speech, so a broken audio path
        // would pass unnoticed; the microphone plays jfk.flac, real speech, and the voice score must appear.
        Path video = SiteBrowserRun.convert(TestAssets.media("d9.mp4"), dir.resolve("d9-away.y4m"), "-t", "10", "-an", "-r", "10",
                "-vf", "drawbox=enable='between(t,3,7)':color=black:t=fill", "-pix_fmt", "yuv420p");
        Path audio = SiteBrowserRun.convert(TestAssets.media("jfk.flac"), dir.resolve("jfk.wav"), "-vn", "-ac", "1", "-ar", "48000", "-c:a", "pcm_s16le");
        Path models = TestAssets.models().dir().toAbsolutePath();

        int port = PackagedBinary.freePort();
        String base = "http://127.0.0.1:" + port;
        PackagedBinary.Child server = PackagedBinary.start(dir, List.of("-Dquarkus.http.port=" + port,
                "-Dcoach.models.dir=" + models), "serve");
        try {
            server.awaitLive(port);
            assertRoutes(base);

            Path shots = Path.of("target", "e2e-screenshots").toAbsolutePath();
            deleteTree(shots);
            Path result = dir.resolve("result.json");
            Files.deleteIfExists(result);
            ProcessBuilder node = new ProcessBuilder("node", "e2e/practice.mjs").directory(Path.of("frontend").toFile())
                    .redirectErrorStream(true).redirectOutput(dir.resolve("browser.log").toFile());
            node.environment().putAll(java.util.Map.of("BASE_URL", base, "VIDEO", video.toString(), "AUDIO", audio.toString(),
                    "SHOTS", shots.toString(), "RESULT", result.toString(), "ANSWER_SEC", "8"));
            Process browser = node.start();
            boolean done = browser.waitFor(240, TimeUnit.SECONDS);
            if (!done) {
                browser.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
            String log = Files.readString(dir.resolve("browser.log"));
            assertTrue(done && browser.exitValue() == 0, "the browser run failed:\n" + log + "\nserver:\n" + server.stderrText());
            JsonNode shown = JSON.readTree(result.toFile());

            assertEquals(List.of("01-start", "02-device-check", "03-practice-question-1", "04-practice-question-2", "05-report",
                    "06-report-moment-played", "07-report-reloaded", "08-history", "09-report-phone-portrait", "10-history-empty", "11-camera-denied"),
                    SiteBrowserRun.texts(shown.get("steps")), log);
            assertTrue(shown.get("deniedMessage").asText().contains("not allowed to use your camera and microphone"),
                    "camera denied: " + shown.get("deniedMessage"));
            assertEquals(1, shown.get("deniedOffersNoCamera").asInt(), "camera denied: no way to practise without it");
            assertEquals(List.of(), SiteBrowserRun.texts(shown.get("consoleErrors")), "errors in the page's console");
            assertTrue(shown.get("micLevelDb").asDouble() > -60, "the microphone meter never moved: " + shown.get("micLevelDb"));
            List<String> questionIds = SiteBrowserRun.texts(shown.get("questionIds"));
            assertEquals(2, questionIds.size());
            assertEquals("conflict-teammate", shown.get("firstAfterJob").asText(), "the job description's question comes first");
            assertEquals("conflict-teammate", questionIds.get(0), "and is chosen");
            JsonNode bank = SiteBrowserRun.getJson(base + "/api/questions", null);
            List<String> asked = new ArrayList<>();
            for (String id : questionIds) {
                for (JsonNode q : bank) {
                    if (q.get("id").asText().equals(id)) {
                        asked.add(q.get("text").asText());
                    }
                }
            }
            assertEquals(asked, SiteBrowserRun.texts(shown.get("questionsShown")), "the questions the page asked, one at a time");
            // live state: about 8 s of check and 2 x 8 s of answers went by; at least half of it must have come back
            assertTrue(shown.get("windowsShown").asInt() >= 12, "windows received: " + shown.get("windowsShown"));
            assertEquals(1, shown.get("cueRegion").asInt(), "the polite live region for cues");
            assertEquals("live", shown.get("connection").asText());

            String id = shown.get("sessionId").asText();
            JsonNode report = SiteBrowserRun.getJson(base + "/api/sessions/" + id + "/report", shown.get("token").asText());
            assertEquals(base + "/report/" + id, shown.get("url").asText());
            for (String key : SCORES) {
                JsonNode api = report.get("scores").get(key);
                JsonNode page = shown.get("scores").get(key);
                assertNotNull(page, "the page shows no " + key + " score");
                if (api.isNull()) {
                    assertEquals("null", page.get("value").asText(), key);
                    assertEquals("n/a", page.get("text").asText(), key);
                } else {
                    assertEquals(api.asDouble(), Double.parseDouble(page.get("value").asText()), 1e-9, key);
                    assertEquals(Long.toString(Math.round(api.asDouble())), page.get("text").asText(), key);
                }
            }
            assertEquals(shown.get("scores"), shown.get("scoresAfterReload"), "the report page loaded on its own URL");
            for (String measured : List.of("overall", "bodyLanguage", "facialExpression", "vocalDelivery")) {
                assertFalse(report.get("scores").get(measured).isNull(), measured + " was not measured: " + report.get("notes"));
            }
            JsonNode answers = report.get("answers");
            assertEquals(2, answers.size(), report.toString());
            assertEquals(questionIds, List.of(answers.get(0).get("questionId").asText(), answers.get(1).get("questionId").asText()));
            assertEquals(2, shown.get("answersShown").asInt());
            assertFullReport(shown, report);
            assertEquals(report, JSON.readTree(shown.get("downloadedJson").asText()), "Download JSON is the report the API serves");
            assertTrue(SiteBrowserRun.texts(shown.get("historySessions")).contains(id), "history lists the session: " + shown.get("historySessions"));
            assertTrue(SiteBrowserRun.texts(shown.get("trends")).stream().anyMatch(t -> t.startsWith("Overall")), "trends: " + shown.get("trends"));
            assertTrue(shown.get("historyEmpty").asText().startsWith("No finished sessions yet"), "a new browser's history: "
                    + shown.get("historyEmpty"));
            assertTrue(shown.get("portraitOverflow").asInt() <= 0, "the report is wider than a phone in portrait by "
                    + shown.get("portraitOverflow") + " px");
        } finally {
            server.signal("TERM");
            server.waitFor(30);
        }
    }

    /**
     * The report page against the API's report: at least one timeline chart, the same tips and strengths in the same
     * order with the moments their evidence cites, each answer recorded locally from where the report's answer
     * starts, and a tip's moment that seeks the local recording to that moment.
     */
    private static void assertFullReport(JsonNode shown, JsonNode report) {
        assertTrue(SiteBrowserRun.texts(shown.get("charts")).contains("chart-eye-contact"), "charts: " + shown.get("charts"));
        for (String kind : List.of("tips", "strengths")) {
            JsonNode api = report.get("feedback").get(kind);
            JsonNode page = shown.get(kind);
            assertEquals(api.size(), page.size(), kind + ": " + page);
            for (int i = 0; i < api.size(); i++) {
                assertEquals(api.get(i).get("area").asText(), page.get(i).get("area").asText(), kind + " " + i);
                assertEquals(api.get(i).get("message").asText(), page.get(i).get("message").asText(), kind + " " + i);
                List<Double> cited = new ArrayList<>();
                api.get(i).get("evidence").get("timeRanges").forEach(r -> cited.add(r.get("start").asDouble()));
                List<Double> buttons = new ArrayList<>();
                page.get(i).get("moments").forEach(m -> buttons.add(m.asDouble()));
                assertEquals(cited, buttons, kind + " " + i + ": the moments its evidence cites");
            }
        }
        assertTrue(report.get("feedback").get("tips").size() > 0, "the session got no tips: " + report.get("feedback"));
        assertTrue(shown.get("playbackNote").asText().contains("stays in this browser"), shown.get("playbackNote").asText());
        JsonNode recordings = shown.get("recordings");
        assertEquals(2, recordings.size(), "answers recorded in the browser: " + recordings);
        for (int i = 0; i < 2; i++) {
            double answerStart = report.get("answers").get(i).get("start").asDouble();
            assertEquals(answerStart, recordings.get(i).get("startSec").asDouble(), 1.0, "recording " + i + " starts where answer " + i + " does");
            assertTrue(recordings.get(i).get("durationSec").asDouble() >= 5, "recording " + i + ": " + recordings.get(i));
        }
        JsonNode afterDelete = shown.get("afterDelete");
        assertTrue(afterDelete.get("moments").asInt() > 0 && afterDelete.get("moments").equals(afterDelete.get("unavailable")),
                "after \"Delete local recording\" every moment says it is not recorded: " + afterDelete);
        JsonNode seek = shown.get("seek");
        assertFalse(seek == null || seek.isNull(), "no tip cites a moment inside a recorded answer: " + shown.get("tips") + " " + recordings);
        assertEquals(seek.get("expected").asDouble(), seek.get("currentTime").asDouble(), 0.5,
                "the local recording was not sought to the tip's moment: " + seek);
    }

    /** The site at / and on its client-side routes; the API and Quarkus's endpoints keep their own answers. */
    private void assertRoutes(String base) throws IOException, InterruptedException {
        for (String path : List.of("/", "/practice", "/report/abc")) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode(), path);
            assertTrue(r.body().contains("<div id=\"app\">"), path + ": " + r.body());
        }
        HttpResponse<String> unknown = http.send(HttpRequest.newBuilder(URI.create(base + "/api/no-such-thing")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(404, unknown.statusCode());
        assertEquals("application/problem+json", unknown.headers().firstValue("Content-Type").orElse(""));
        HttpResponse<String> missingFile = http.send(HttpRequest.newBuilder(URI.create(base + "/assets/missing.js")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(404, missingFile.statusCode(), "a missing file is not answered with the site");
        HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(base + "/q/health/live")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, health.statusCode());
        assertTrue(health.body().contains("\"UP\""), health.body());
    }

    private static void deleteTree(Path root) throws IOException {
        if (Files.exists(root)) {
            try (var paths = Files.walk(root)) {
                for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }
}
