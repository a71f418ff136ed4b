package io.interviewcoach.live.recovery;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;

/** An upload job (POST /api/analyses) of a real recording, followed through the API and its queue row. */
final class UploadedJob {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http;
    private final URI base;
    private final String id;
    private final String token;

    private UploadedJob(HttpClient http, URI base, String id, String token) {
        this.http = http;
        this.base = base;
        this.id = id;
        this.token = token;
    }

    static UploadedJob upload(HttpClient http, URI base, Path file) throws Exception {
        String boundary = "----coach" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + file.getFileName()
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        body.write(Files.readAllBytes(file));
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(base.resolve("/api/analyses"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 202) {
            throw new AssertionError("upload refused: " + r.statusCode() + " " + r.body());
        }
        JsonNode created = JSON.readTree(r.body());
        return new UploadedJob(http, base, created.get("id").asText(), created.get("token").asText());
    }

    String status() throws Exception {
        return get("").path("status").asText();
    }

    /**
     * The pid of the server whose worker analyses the job (its {@code locked_by}: host/pid/random), once it runs
     * somewhere else than on {@code notPid} (-1: anywhere).
     */
    long awaitWorkerPid(long notPid, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        Vertx vertx = Vertx.vertx();
        Pool pool = Replicas.pool(vertx, Replicas.DATABASE);
        try {
            while (System.nanoTime() < deadline) {
                Row row = pool.preparedQuery("SELECT status, locked_by FROM analysis_jobs WHERE id = $1")
                        .execute(Tuple.of(UUID.fromString(id))).toCompletionStage().toCompletableFuture()
                        .get(10, TimeUnit.SECONDS).iterator().next();
                String worker = row.getString("locked_by");
                if ("running".equals(row.getString("status")) && worker != null
                        && Long.parseLong(worker.split("/")[1]) != notPid) {
                    return Long.parseLong(worker.split("/")[1]);
                }
                Thread.sleep(100);
            }
            throw new AssertionError("job " + id + " never claimed");
        } finally {
            pool.close();
            vertx.close();
        }
    }

    /** Its attempts so far (its queue row). */
    int attempts() throws Exception {
        Vertx vertx = Vertx.vertx();
        Pool pool = Replicas.pool(vertx, Replicas.DATABASE);
        try {
            return pool.preparedQuery("SELECT attempts FROM analysis_jobs WHERE id = $1").execute(Tuple.of(UUID.fromString(id)))
                    .toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS).iterator().next().getInteger(0);
        } finally {
            pool.close();
            vertx.close();
        }
    }

    /** Waits until the job is done and returns its report. */
    JsonNode awaitDone(Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        JsonNode status = null;
        while (System.nanoTime() < deadline) {
            status = get("");
            if ("done".equals(status.path("status").asText())) {
                return get("/report");
            }
            if ("failed".equals(status.path("status").asText())) {
                break;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("job not done: " + status);
    }

    void delete() throws Exception {
        http.send(HttpRequest.newBuilder(base.resolve("/api/analyses/" + id)).DELETE()
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.discarding());
    }

    private JsonNode get(String path) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(base.resolve("/api/analyses/" + id + path))
                .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
        return JSON.readTree(r.body());
    }
}
