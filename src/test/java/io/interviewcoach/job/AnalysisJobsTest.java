package io.interviewcoach.job;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.interviewcoach.analysis.AnalysisRequest;
import io.interviewcoach.analysis.AnalysisSessionFactory;
import io.interviewcoach.analysis.RecordingAnalyzer;
import io.interviewcoach.config.CoachConfig;
import io.interviewcoach.console.Progress;
import io.interviewcoach.pose.PoseModels;
import io.interviewcoach.report.ReportJson;
import io.interviewcoach.speech.content.QuestionBank;
import io.interviewcoach.speech.transcript.TranscriptFiles;
import io.interviewcoach.testsupport.TestAssets;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Uploads analysed as jobs on a real server, real PostgreSQL, real models and media: d9.mp4's job report equals
 * the analysis of the same file; bad uploads get their problem; tokens guard every read; a job whose worker died
 * (lease expired) is taken over and finishes.
 */
@QuarkusTest
@TestProfile(JobsTestProfile.class)
class AnalysisJobsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration JOB_WAIT = Duration.ofMinutes(5);
    private static final String PROBLEM = "urn:interview-coach:problem:";

    @Inject
    AnalysisSessionFactory sessions;

    @Inject
    CoachConfig config;

    @Inject
    Pool pool;

    @io.quarkus.test.common.http.TestHTTPResource("/")
    java.net.URI base;

    record Created(String id, String token, String statusUrl, String reportUrl) {
    }

    @Test
    void uploadedRecordingGivesTheReportOfAnalyze() throws Exception {
        Created job = upload(JobsTestProfile.d9(), "d9.mp4");
        assertEquals("/api/analyses/" + job.id(), job.statusUrl());
        assertEquals(job.statusUrl() + "/report", job.reportUrl());
        assertEquals(64, dbString("SELECT token_hash FROM analysis_jobs WHERE id = $1", job.id()).length(),
                "only the token's hash is stored");
        assertEquals("video/mp4", dbString("SELECT media_type FROM analysis_jobs WHERE id = $1", job.id()));

        List<Double> progress = new ArrayList<>();
        JsonNode done = waitUntilFinished(job, progress);
        assertEquals("done", done.get("status").asText(), done.toString());
        assertEquals(100.0, done.get("progress").asDouble());
        assertTrue(done.get("error").isNull());
        assertFalse(done.get("startedAt").isNull());
        assertFalse(done.get("finishedAt").isNull());
        for (int i = 1; i < progress.size(); i++) {
            assertTrue(progress.get(i) >= progress.get(i - 1), "progress never goes back: " + progress);
        }

        Response report = given().header("Authorization", "Bearer " + job.token()).get(job.reportUrl());
        assertEquals(200, report.statusCode(), report.asString());
        assertTrue(report.contentType().startsWith("application/json"));
        ObjectNode fromJob = (ObjectNode) JSON.readTree(report.asString());
        ObjectNode fromAnalyze = (ObjectNode) JSON.readTree(ReportJson.mapper().writeValueAsString(analyzeDirectly()));

        // The one wall-clock field: analysis.processingSec (decode + analysis time). Everything else must agree.
        assertTrue(fromJob.get("analysis").get("processingSec").asDouble() > 0);
        ((ObjectNode) fromJob.get("analysis")).remove("processingSec");
        ((ObjectNode) fromAnalyze.get("analysis")).remove("processingSec");
        assertEquals("d9.mp4", fromJob.get("media").get("file").asText());
        assertEquals(fromAnalyze.get("scores"), fromJob.get("scores"));
        assertFalse(fromJob.get("scores").get("overall").isNull(), "d9 has a face and speech: scored");
        assertEquals(fromAnalyze.get("metrics"), fromJob.get("metrics"));
        assertEquals(fromAnalyze.get("timeline").size(), fromJob.get("timeline").size());
        assertTrue(fromJob.get("timeline").size() >= 19, "one window a second of a 19.6 s clip");
        assertEquals(fromAnalyze.get("events"), fromJob.get("events"));
        assertEquals(fromAnalyze, fromJob, "the whole report, but processingSec");

        assertFalse(Files.exists(JobsTestProfile.UPLOAD_DIR.resolve(job.id())), "the upload is deleted after analysis");

        given().header("Authorization", "Bearer " + job.token()).delete(job.statusUrl()).then().statusCode(204);
        assertEquals(0L, dbLong("SELECT count(*) FROM analysis_jobs WHERE id = $1", job.id()));
        problem(given().header("Authorization", "Bearer " + job.token()).get(job.statusUrl()), 404, "not-found");
    }

    @Test
    void transcriptAndQuestionAreUsedAsAnalyzeUsesThem() throws Exception {
        Path flac = TestAssets.media("jfk.flac");
        Path vtt = Path.of("src", "test", "resources", "speech", "jfk.vtt");
        Response r = given().multiPart("file", "jfk.flac", Files.readAllBytes(flac), "application/octet-stream")
                .multiPart("transcript", Files.readString(vtt)).multiPart("questionId", "why-this-role")
                .post("/api/analyses");
        assertEquals(202, r.statusCode(), r.asString());
        JsonNode body = JSON.readTree(r.asString());
        Created job = new Created(body.get("id").asText(), body.get("token").asText(), body.get("statusUrl").asText(),
                body.get("reportUrl").asText());
        assertEquals("audio/flac", dbString("SELECT media_type FROM analysis_jobs WHERE id = $1", job.id()));
        JsonNode done = waitUntilFinished(job, new ArrayList<>());
        assertEquals("done", done.get("status").asText(), done.toString());
        ObjectNode fromJob = (ObjectNode) JSON.readTree(given().header("Authorization", "Bearer " + job.token())
                .get(job.reportUrl()).asString());
        AnalysisRequest request = new AnalysisRequest(flac, config.analysis().fps(), config.analysis().windowSec(),
                config.analysis().maxFrameSide(), PoseModels.Variant.parse(config.analysis().poseModel()),
                TranscriptFiles.load(vtt), QuestionBank.builtIn().require("why-this-role"), null);
        ObjectNode fromAnalyze = (ObjectNode) JSON.readTree(ReportJson.mapper().writeValueAsString(
                new RecordingAnalyzer(sessions).analyze(request, Progress.NONE)));
        ((ObjectNode) fromJob.get("analysis")).remove("processingSec");
        ((ObjectNode) fromAnalyze.get("analysis")).remove("processingSec");
        assertTrue(fromJob.get("transcript").toString().contains("fellow Americans"), "the pasted captions were used");
        assertFalse(fromJob.get("content").isNull(), "the question's relevance and STAR cues are in");
        assertEquals(fromAnalyze, fromJob);
        given().header("Authorization", "Bearer " + job.token()).delete(job.statusUrl()).then().statusCode(204);
    }

    @Test
    void tokensGuardEveryRead() throws Exception {
        Created job = upload(TestAssets.media("d3_first6s.mp4"), "answer.mp4");
        for (String url : List.of(job.statusUrl(), job.reportUrl())) {
            problem(given().get(url), 401, "unauthorized");
            problem(given().header("Authorization", "Bearer wrong" + job.token()).get(url), 404, "not-found");
            problem(given().header("Authorization", "Bearer " + job.token())
                    .get(url.replace(job.id(), UUID.randomUUID().toString())), 404, "not-found");
            problem(given().header("Authorization", "Bearer " + job.token()).get(url.replace(job.id(), "not-a-uuid")),
                    404, "not-found");
        }
        problem(given().header("Authorization", "Bearer wrong").delete(job.statusUrl()), 404, "not-found");
        problem(given().delete(job.statusUrl()), 401, "unauthorized");
        assertEquals(1L, dbLong("SELECT count(*) FROM analysis_jobs WHERE id = $1", job.id()), "a refused DELETE deletes nothing");

        Response early = given().header("Authorization", "Bearer " + job.token()).get(job.reportUrl());
        if (early.statusCode() == 409) { // usually: the worker has not finished a 6 s clip yet
            problem(early, 409, "not-finished");
        }
        given().header("Authorization", "Bearer " + job.token()).delete(job.statusUrl()).then().statusCode(204);
        assertEquals(0L, dbLong("SELECT count(*) FROM analysis_jobs WHERE id = $1", job.id()));
        assertFalse(Files.exists(JobsTestProfile.UPLOAD_DIR.resolve(job.id())), "the upload is gone with the job");

        JsonNode api = JSON.readTree(given().queryParam("format", "json").get("/q/openapi").asString());
        JsonNode post = api.get("paths").get("/api/analyses").get("post");
        assertTrue(post.get("requestBody").get("content").has("multipart/form-data"), post.toString());
        for (String code : List.of("202", "400", "413", "415", "422")) {
            assertTrue(post.get("responses").has(code), code);
        }
        for (String code : List.of("200", "401", "404", "409", "422")) {
            assertTrue(api.get("paths").get("/api/analyses/{id}/report").get("get").get("responses").has(code), code);
        }
    }

    @Test
    void wrongTypeCorruptAndOversizeUploadsAreRefused() throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "job-test-files"));
        Path text = Files.writeString(dir.resolve("notes.mp4"), "These are my notes for the interview, not a video.\n".repeat(50));
        problem(postFile(text, "notes.mp4"), 415, "unsupported-media-type");

        byte[] random = new byte[200_000];
        new Random(7).nextBytes(random);
        byte[] ftyp = {0, 0, 0, 0x18, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm', 0, 0, 2, 0, 'i', 's', 'o', 'm', 'm', 'p', '4', '1'};
        System.arraycopy(ftyp, 0, random, 0, ftyp.length);
        Path corrupt = Files.write(dir.resolve("corrupt.mp4"), random);
        Response refused = problem(postFile(corrupt, "corrupt.mp4"), 422, "unreadable-media");
        assertFalse(refused.asString().contains(dir.toAbsolutePath().toString()), "no server path in the answer");

        byte[] d9 = Files.readAllBytes(JobsTestProfile.d9());
        Path cut = Files.write(dir.resolve("cut.mp4"), java.util.Arrays.copyOf(d9, 4096));
        problem(postFile(cut, "cut.mp4"), 422, "unreadable-media");

        byte[] big = new byte[(int) JobsTestProfile.MAX_UPLOAD_BYTES + 100_000]; // over the upload limit, under the body limit
        System.arraycopy(d9, 0, big, 0, 64);
        Path oversize = Files.write(dir.resolve("big.mp4"), big);
        problem(postFile(oversize, "big.mp4"), 413, "payload-too-large");

        byte[] huge = new byte[(int) JobsTestProfile.MAX_BODY_BYTES + 100_000]; // over the HTTP body limit too
        System.arraycopy(d9, 0, huge, 0, 64);
        Path overBody = Files.write(dir.resolve("huge.mp4"), huge);
        assertEquals(413, postFile(overBody, "huge.mp4").statusCode(), "streamed without a length: the server's own 413");
        problem(postWithLength(Files.readAllBytes(overBody), "huge.mp4"), 413, "payload-too-large");

        problem(given().multiPart("questionId", "tell-me-about-yourself").post("/api/analyses"), 400, "bad-request");
        problem(given().multiPart("file", JobsTestProfile.d9().toFile(), "video/mp4").multiPart("questionId", "no-such-question")
                .post("/api/analyses"), 400, "bad-request");
        problem(given().multiPart("file", JobsTestProfile.d9().toFile(), "video/mp4").multiPart("transcript", "hello world")
                .post("/api/analyses"), 400, "bad-request");
        assertEquals(0L, countFiles(JobsTestProfile.UPLOAD_DIR, "big.mp4", "notes.mp4", "corrupt.mp4", "cut.mp4"),
                "nothing refused is kept");
    }

    @Test
    void jobWhoseWorkerDiedIsTakenOverAndFinishes() throws Exception {
        UUID id = UUID.randomUUID();
        Path kept = Files.createDirectories(JobsTestProfile.UPLOAD_DIR.resolve(id.toString())).resolve("d3_first6s.mp4");
        Files.copy(TestAssets.media("d3_first6s.mp4"), kept);
        String token = "lease-test-" + id;
        pool.preparedQuery("""
                INSERT INTO analysis_jobs (id, token_hash, status, created_at, started_at, attempts, locked_by, locked_until,
                                           upload_path, upload_bytes, media_type, file_name)
                VALUES ($1, $2, 'running', now() - interval '5 minutes', now() - interval '5 minutes', 1, 'dead-worker',
                        now() - interval '1 minute', $3, $4, 'video/mp4', 'd3_first6s.mp4')""")
                .execute(Tuple.of(id, io.interviewcoach.web.access.BearerToken.hash(token), kept.toString(), Files.size(kept)))
                .await().indefinitely();
        JsonNode done = waitUntilFinished(new Created(id.toString(), token, "/api/analyses/" + id, null), new ArrayList<>());
        assertEquals("done", done.get("status").asText(), done.toString());
        assertEquals(2L, dbLong("SELECT attempts::bigint FROM analysis_jobs WHERE id = $1", id.toString()), "claimed a second time");
        assertNull(dbString("SELECT locked_by FROM analysis_jobs WHERE id = $1", id.toString()));
        Response report = given().header("Authorization", "Bearer " + token).get("/api/analyses/" + id + "/report");
        assertEquals(200, report.statusCode());
        assertEquals("d3_first6s.mp4", JSON.readTree(report.asString()).get("media").get("file").asText());
        pool.preparedQuery("DELETE FROM analysis_jobs WHERE id = $1").execute(Tuple.of(id)).await().indefinitely();
    }

    @Test
    void jobStartedTooOftenIsFailedWithAReason() throws Exception {
        UUID id = UUID.randomUUID();
        String token = "attempts-test-" + id;
        pool.preparedQuery("""
                INSERT INTO analysis_jobs (id, token_hash, status, attempts, locked_by, locked_until, upload_path,
                                           upload_bytes, media_type, file_name)
                VALUES ($1, $2, 'running', 3, 'dead-worker', now() - interval '1 second', '/nonexistent/x.mp4', 1,
                        'video/mp4', 'x.mp4')""")
                .execute(Tuple.of(id, io.interviewcoach.web.access.BearerToken.hash(token))).await().indefinitely();
        try {
            JsonNode failed = waitUntilFinished(new Created(id.toString(), token, "/api/analyses/" + id, null), new ArrayList<>());
            assertEquals("failed", failed.get("status").asText(), failed.toString());
            assertTrue(failed.get("error").asText().contains("started 3 times"), failed.toString());
            Response report = given().header("Authorization", "Bearer " + token).get("/api/analyses/" + id + "/report");
            problem(report, 422, "analysis-failed");
            assertEquals(failed.get("error").asText(), JSON.readTree(report.asString()).get("detail").asText());
        } finally {
            pool.preparedQuery("DELETE FROM analysis_jobs WHERE id = $1").execute(Tuple.of(id)).await().indefinitely();
        }
    }

    private Object analyzeDirectly() {
        AnalysisRequest request = new AnalysisRequest(JobsTestProfile.d9(), config.analysis().fps(), config.analysis().windowSec(),
                config.analysis().maxFrameSide(), PoseModels.Variant.parse(config.analysis().poseModel()), null, null, null);
        return new RecordingAnalyzer(sessions).analyze(request, Progress.NONE);
    }

    private static Created upload(Path file, String name) throws IOException {
        Response r = postFile(file, name);
        assertEquals(202, r.statusCode(), r.asString());
        JsonNode body = JSON.readTree(r.asString());
        Created c = new Created(body.get("id").asText(), body.get("token").asText(), body.get("statusUrl").asText(),
                body.get("reportUrl").asText());
        assertTrue(r.header("Location").endsWith(c.statusUrl()));
        return c;
    }

    private static Response postFile(Path file, String name) {
        return given().multiPart("file", name, readAll(file), "application/octet-stream").post("/api/analyses");
    }

    /** A multipart upload with its Content-Length declared up front (as browsers and curl send a file). */
    private Response postWithLength(byte[] content, String name) throws Exception {
        String boundary = "----coach" + UUID.randomUUID();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        java.net.http.HttpResponse<String> r = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest
                .newBuilder(base.resolve("/api/analyses"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
        return new io.restassured.builder.ResponseBuilder().setStatusCode(r.statusCode()).setBody(r.body())
                .setContentType(r.headers().firstValue("Content-Type").orElse("")).build();
    }

    private static byte[] readAll(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static JsonNode waitUntilFinished(Created job, List<Double> progress) throws Exception {
        long deadline = System.nanoTime() + JOB_WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            Response r = given().header("Authorization", "Bearer " + job.token()).get(job.statusUrl());
            assertEquals(200, r.statusCode(), r.asString());
            JsonNode status = JSON.readTree(r.asString());
            assertEquals(job.id(), status.get("id").asText());
            double p = status.get("progress").asDouble();
            assertTrue(p >= 0 && p <= 100, status.toString());
            progress.add(p);
            String s = status.get("status").asText();
            assertTrue(List.of("queued", "running", "done", "failed").contains(s), s);
            if (s.equals("done") || s.equals("failed")) {
                return status;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("job " + job.id() + " not finished within " + JOB_WAIT + "; progress " + progress);
    }

    private static Response problem(Response r, int status, String type) throws IOException {
        assertEquals(status, r.statusCode(), r.asString());
        assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
        JsonNode p = JSON.readTree(r.asString());
        assertEquals(PROBLEM + type, p.get("type").asText(), p.toString());
        assertEquals(status, p.get("status").asInt());
        assertFalse(p.get("detail").asText().isBlank());
        assertFalse(r.asString().contains("Exception"), "no stack trace: " + r.asString());
        return r;
    }

    private String dbString(String sql, String id) {
        var rows = pool.preparedQuery(sql).execute(Tuple.of(UUID.fromString(id))).await().indefinitely();
        return rows.iterator().next().getString(0);
    }

    private long dbLong(String sql, String id) {
        var rows = pool.preparedQuery(sql).execute(Tuple.of(UUID.fromString(id))).await().indefinitely();
        return rows.iterator().next().getLong(0);
    }

    private static long countFiles(Path root, String... names) throws IOException {
        if (!Files.isDirectory(root)) {
            return 0;
        }
        List<String> wanted = List.of(names);
        try (var walk = Files.walk(root)) {
            return walk.filter(p -> wanted.contains(p.getFileName().toString())).count();
        }
    }
}
