package io.interviewcoach.job;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.interviewcoach.job.service.JobWorker;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Orderly shutdown: the worker stops claiming, and a job still running when the drain timeout ends is stopped and put
 * back in the queue (attempt not counted, upload kept) for the next worker, instead of waiting for its lease to expire.
 */
@QuarkusTest
@TestProfile(JobsTestProfile.OwnServer.class)
class JobShutdownTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    JobWorker worker;

    @Inject
    Pool pool;

    @Test
    void runningJobGoesBackToTheQueueWhenTheWorkerStops() throws Exception {
        Response created = given().multiPart("file", "d9.mp4", Files.readAllBytes(JobsTestProfile.d9()),
                "application/octet-stream").post("/api/analyses");
        assertEquals(202, created.statusCode(), created.asString());
        JsonNode body = JSON.readTree(created.asString());
        UUID id = UUID.fromString(body.get("id").asText());
        String token = body.get("token").asText();
        try {
            long deadline = System.nanoTime() + 120_000_000_000L;
            JsonNode status;
            do {
                Thread.sleep(200);
                status = JSON.readTree(given().header("Authorization", "Bearer " + token).get("/api/analyses/" + id).asString());
            } while (!(status.get("status").asText().equals("running") && status.get("progress").asDouble() > 0)
                    && System.nanoTime() < deadline);
            assertEquals("running", status.get("status").asText(), "the analysis is under way: " + status);

            long start = System.nanoTime();
            worker.stop();
            double stopSec = (System.nanoTime() - start) / 1e9;
            assertTrue(stopSec < 12, "the worker stopped within the drain timeout and the windows in flight: " + stopSec);

            Row row = pool.preparedQuery("SELECT status, attempts, locked_by, upload_path FROM analysis_jobs WHERE id = $1")
                    .execute(Tuple.of(id)).await().indefinitely().iterator().next();
            assertEquals("queued", row.getString("status"), "back in the queue for another worker");
            assertEquals(0, row.getInteger("attempts"), "stopping the process is not the job's fault");
            assertNull(row.getString("locked_by"));
            assertTrue(Files.isRegularFile(Path.of(row.getString("upload_path"))), "the upload stays for the next worker");
            assertTrue(!worker.active());
        } finally {
            String path = pool.preparedQuery("DELETE FROM analysis_jobs WHERE id = $1 RETURNING upload_path")
                    .execute(Tuple.of(id)).await().indefinitely().iterator().next().getString(0);
            Files.deleteIfExists(Path.of(path));
            Files.deleteIfExists(Path.of(path).getParent());
        }
    }
}
