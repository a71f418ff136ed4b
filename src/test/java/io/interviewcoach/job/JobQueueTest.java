package io.interviewcoach.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.interviewcoach.job.service.JobWorker;
import io.interviewcoach.job.store.ClaimedJob;
import io.interviewcoach.job.store.JobStore;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * The queue itself, with this process's worker off so only the test claims: concurrent claimers never get the same
 * job (FOR UPDATE SKIP LOCKED), a running job under a live lease is left alone, an expired lease is claimed again, and
 * a job that was started too often is failed instead of run once more.
 */
@QuarkusTest
@TestProfile(JobsTestProfile.WorkerOff.class)
class JobQueueTest {
    private static final Duration LEASE = Duration.ofSeconds(30);
    /** Far older than any real job, so these rows are first in line whatever else the table holds. */
    private static final String FIRST_IN_LINE = "timestamptz '1900-01-01' + $3::int * interval '1 second'";

    @Inject
    JobStore store;

    @Inject
    JobWorker worker;

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
    void concurrentClaimsNeverGetTheSameJob() throws Exception {
        assertTrue(!worker.active(), "the profile turns this process's worker off");
        UUID a = queued(1);
        UUID b = queued(2);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < 5; round++) {
                CountDownLatch go = new CountDownLatch(1);
                List<Future<ClaimedJob>> claims = new ArrayList<>();
                for (String name : List.of("claimer-1", "claimer-2")) {
                    claims.add(threads.submit(() -> {
                        go.await();
                        return store.claim(name + "-" + UUID.randomUUID(), LEASE).await().atMost(Duration.ofSeconds(20));
                    }));
                }
                go.countDown();
                ClaimedJob first = claims.get(0).get(30, TimeUnit.SECONDS);
                ClaimedJob second = claims.get(1).get(30, TimeUnit.SECONDS);
                assertNotNull(first);
                assertNotNull(second);
                assertNotEquals(first.id(), second.id(), "two claimers got the same job");
                assertEquals(Set.of(a, b), Set.of(first.id(), second.id()));
                assertEquals(round + 1, first.attempts());
                requeue(a);
                requeue(b);
            }
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void liveLeaseIsLeftAloneAndExpiredLeaseIsClaimedAgain() {
        UUID held = insert("running", 1, "now() + interval '10 minutes'", 1);
        UUID expired = insert("running", 1, "now() - interval '1 second'", 2);
        ClaimedJob claimed = store.claim("taker", LEASE).await().atMost(Duration.ofSeconds(20));
        assertNotNull(claimed);
        assertEquals(expired, claimed.id(), "the job under a live lease is skipped");
        assertEquals(2, claimed.attempts());
        Row row = row(expired);
        assertEquals("running", row.getString("status"));
        assertEquals("taker", row.getString("locked_by"));
        assertTrue(row.getBoolean("lease_ahead"), "a fresh lease");
        assertEquals("someone-else", row(held).getString("locked_by"));

        assertTrue(store.heartbeat(expired, "taker", LEASE, 42.5).await().atMost(Duration.ofSeconds(10)));
        assertEquals(42.5, row(expired).getDouble("progress"));
        assertTrue(!store.heartbeat(expired, "someone-else", LEASE, 50).await().atMost(Duration.ofSeconds(10)),
                "another worker's heartbeat changes nothing");
        assertTrue(!store.finish(held, "taker", "{}").await().atMost(Duration.ofSeconds(10)),
                "a worker cannot finish a job it does not hold");
        assertTrue(store.release(expired, "taker", false).await().atMost(Duration.ofSeconds(10)));
        Row released = row(expired);
        assertEquals("queued", released.getString("status"));
        assertEquals(1, released.getInteger("attempts"), "a release on shutdown gives the attempt back");
    }

    private UUID queued(int order) {
        return insert("queued", 0, "NULL", order);
    }

    private UUID insert(String status, int attempts, String lockedUntil, int order) {
        UUID id = UUID.randomUUID();
        mine.add(id);
        pool.preparedQuery(("INSERT INTO analysis_jobs (id, token_hash, status, created_at, attempts, locked_by, locked_until,"
                + " upload_path, upload_bytes, media_type, file_name) VALUES ($1, $2, '" + status + "', " + FIRST_IN_LINE
                + ", " + attempts + ", " + (lockedUntil.equals("NULL") ? "NULL" : "'someone-else'") + ", " + lockedUntil
                + ", '/nonexistent/x.mp4', 1, 'video/mp4', 'x.mp4')"))
                .execute(Tuple.of(id, "0".repeat(64), order)).await().indefinitely();
        return id;
    }

    private void requeue(UUID id) {
        pool.preparedQuery("UPDATE analysis_jobs SET status = 'queued', locked_by = NULL, locked_until = NULL WHERE id = $1")
                .execute(Tuple.of(id)).await().indefinitely();
    }

    private Row row(UUID id) {
        return pool.preparedQuery("SELECT status, attempts, locked_by, progress, locked_until > now() + interval '20 seconds'"
                + " AS lease_ahead FROM analysis_jobs WHERE id = $1").execute(Tuple.of(id)).await().indefinitely()
                .iterator().next();
    }

}
