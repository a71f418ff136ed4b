package io.interviewcoach.observability;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.interviewcoach.job.JobsTestProfile;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The job queue gauges follow the shared queue in PostgreSQL: a job queued two hours ago and one running show within a
 * refresh. Lower bounds only: other servers' tests share the table.
 */
@QuarkusTest
@TestProfile(JobsTestProfile.WorkerOff.class)
class JobMetricsTest {
    @Inject
    MeterRegistry registry;

    @Inject
    Pool pool;

    private final List<UUID> mine = new ArrayList<>();

    @AfterEach
    void removeRows() {
        for (UUID id : mine) {
            pool.preparedQuery("DELETE FROM analysis_jobs WHERE id = $1").execute(Tuple.of(id)).await().indefinitely();
        }
    }

    @Test
    void queuedRunningAndTheOldestWaitAreReadFromTheQueue() throws Exception {
        insert("queued", "now() - interval '2 hours'", "NULL");
        insert("running", "now()", "now() + interval '1 hour'");
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (!(gauge("coach.jobs.queued.oldest.age") >= 7200 && gauge("coach.jobs.running") >= 1
                && gauge("coach.jobs.queued") >= 1) && System.nanoTime() < deadline) {
            Thread.sleep(250);
        }
        assertTrue(gauge("coach.jobs.queued.oldest.age") >= 7200, "oldest wait " + gauge("coach.jobs.queued.oldest.age"));
        assertTrue(gauge("coach.jobs.queued") >= 1, "queued " + gauge("coach.jobs.queued"));
        assertTrue(gauge("coach.jobs.running") >= 1, "running " + gauge("coach.jobs.running"));
    }

    private double gauge(String name) {
        return registry.get(name).gauge().value();
    }

    private void insert(String status, String createdAt, String lockedUntil) {
        UUID id = UUID.randomUUID();
        mine.add(id);
        pool.preparedQuery("INSERT INTO analysis_jobs (id, token_hash, status, created_at, locked_by, locked_until,"
                + " upload_path, upload_bytes, media_type, file_name) VALUES ($1, $2, '" + status + "', " + createdAt + ", "
                + ("NULL".equals(lockedUntil) ? "NULL" : "'observability-test'") + ", " + lockedUntil
                + ", '/nonexistent/x.mp4', 1, 'video/mp4', 'x.mp4')")
                .execute(Tuple.of(id, "0".repeat(64))).await().indefinitely();
    }
}
