package io.interviewcoach.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.interviewcoach.job.service.UploadFiles;
import io.interviewcoach.session.store.SessionSpool;
import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.redis.datasource.keys.KeyScanArgs;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Erasure, export and retention on the real PostgreSQL and Redis: an owner with a finished session (answers, timeline,
 * report, live state in Redis), a session whose deletion waits in the spool, and a job with its upload; another
 * owner's data beside it must survive. After the erasure every table and key pattern is queried.
 */
@QuarkusTest
class OwnerErasureTest {
    private static final Duration WAIT = Duration.ofSeconds(30);

    @Inject
    OwnerErasure erasure;

    @Inject
    OwnerData data;

    @Inject
    RetentionPurge retention;

    @Inject
    PrivacyStore store;

    @Inject
    SessionSpool spool;

    @Inject
    UploadFiles uploads;

    @Inject
    RedisDataSource redis;

    private final UUID owner = UUID.randomUUID();
    private final UUID other = UUID.randomUUID();
    private final UUID finished = UUID.randomUUID();
    private final UUID spooled = UUID.randomUUID();
    private final UUID othersSession = UUID.randomUUID();
    private final UUID job = UUID.randomUUID();
    private final UUID othersJob = UUID.randomUUID();

    @Test
    void exportHoldsEverythingAndErasureLeavesNothing() throws Exception {
        seedOwner(owner);
        seedOwner(other);
        seedSession(finished, owner, "now()", true);
        seedSession(spooled, owner, "now()", false);
        seedSession(othersSession, other, "now()", true);
        Path upload = seedJob(job, owner, "now()");
        Path othersUpload = seedJob(othersJob, other, "now()");
        spool.write(new SessionSpool.Entry(spooled, null));
        seedLiveState(finished);

        // export: everything of the owner, nothing of the other, no secret
        String text = String.join("", data.export(owner).collect().asList().await().atMost(WAIT));
        JsonNode export = new ObjectMapper().readTree(text);
        assertEquals(owner.toString(), export.at("/owner/id").asText());
        assertEquals(2, export.get("sessions").size(), text);
        JsonNode s = export.get("sessions").get(0).get("id").asText().equals(finished.toString())
                ? export.get("sessions").get(0) : export.get("sessions").get(1);
        assertEquals(2, s.get("answers").size());
        assertEquals("I led the migration", s.at("/answers/0/transcript").asText());
        assertEquals(3, s.get("timeline").size());
        assertEquals(71.5, s.at("/report/overall/score").asDouble());
        assertEquals(1, export.get("jobs").size());
        assertEquals("answer.mp4", export.at("/jobs/0/fileName").asText());
        assertFalse(text.contains(othersSession.toString()) || text.contains(othersJob.toString()), text);
        assertFalse(text.contains("token") || text.contains("upload_path") || text.contains(upload.toString()), text);

        ErasureResult r = erasure.erase(owner).await().atMost(WAIT);
        assertEquals(new ErasureResult(1, 2, 2, 3, 1, 1, 1, 1, 1), r);

        // every table and key pattern, queried afterwards
        for (UUID id : List.of(finished, spooled)) {
            for (String table : List.of("answers", "timeline_windows", "reports")) {
                assertEquals(0, Sql.count("select count(*) from " + table + " where session_id = ?", id), table);
            }
            assertEquals(0, Sql.count("select count(*) from sessions where id = ?", id));
            assertEquals(1, Sql.count("select count(*) from deleted_sessions where id = ?", id),
                    "the id is kept so that no late write brings the session back (ADR 0010)");
            assertEquals(List.of(), redisKeys("coach:live:" + id + "*"));
            assertFalse(redis.set(String.class).sismember("coach:live:open", id.toString()));
        }
        assertEquals(0, Sql.count("select count(*) from sessions where owner_id = ?", owner));
        assertEquals(0, Sql.count("select count(*) from analysis_jobs where owner_id = ? or id = ?", owner, job));
        assertEquals(0, Sql.count("select count(*) from owners where id = ?", owner));
        assertFalse(spool.holds(spooled));
        assertFalse(Files.exists(spool.dir().resolve(spooled + ".json")));
        assertFalse(Files.exists(upload) || Files.exists(upload.getParent()));
        // the other owner keeps everything
        assertEquals(1, Sql.count("select count(*) from sessions where id = ? and owner_id = ?", othersSession, other));
        assertEquals(2, Sql.count("select count(*) from answers where session_id = ?", othersSession));
        assertEquals(1, Sql.count("select count(*) from analysis_jobs where id = ?", othersJob));
        assertTrue(Files.exists(othersUpload));
        // a second erasure finds nothing
        assertEquals(ErasureResult.NONE, erasure.erase(owner).await().atMost(WAIT));
        erasure.erase(other).await().atMost(WAIT);
    }

    @Test
    void retentionPurgesOnlyWhatIsOlderAndOneReplicaAtATime() throws Exception {
        Duration age = Duration.ofDays(99 * 365); // rows of this test are 100 years old: no one else's are
        seedOwner(owner);
        seedSession(finished, owner, "now() - interval '100 years'", true);
        seedSession(othersSession, owner, "now()", true);
        Path oldUpload = seedJob(job, owner, "now() - interval '100 years'");
        Path newUpload = seedJob(othersJob, owner, "now()");

        ErasureResult whileHeld = store.whileLocked(() -> retention.purge(age).invoke(r ->
                assertEquals(ErasureResult.NONE, r, "another replica holds the lock: nothing is purged")))
                .replaceWith(ErasureResult.NONE).await().atMost(WAIT);
        assertEquals(ErasureResult.NONE, whileHeld);
        assertEquals(1, Sql.count("select count(*) from sessions where id = ?", finished));

        ErasureResult r = retention.purge(age).await().atMost(WAIT);
        assertEquals(new ErasureResult(0, 1, 2, 3, 1, 1, 1, 0, 0), r);
        assertEquals(0, Sql.count("select count(*) from sessions where id = ?", finished));
        assertEquals(0, Sql.count("select count(*) from answers where session_id = ?", finished));
        assertEquals(0, Sql.count("select count(*) from analysis_jobs where id = ?", job));
        assertFalse(Files.exists(oldUpload));
        assertEquals(1, Sql.count("select count(*) from sessions where id = ?", othersSession));
        assertEquals(1, Sql.count("select count(*) from analysis_jobs where id = ?", othersJob));
        assertTrue(Files.exists(newUpload));
        erasure.erase(owner).await().atMost(WAIT);
    }

    private static void seedOwner(UUID id) throws Exception {
        Sql.update("insert into owners (id, token_hash) values (?, ?)", id, "test-" + id);
    }

    private static void seedSession(UUID id, UUID owner, String createdAt, boolean withReport) throws Exception {
        Sql.update("insert into sessions (id, token_hash, owner_id, status, created_at) values (?, ?, ?, ?, " + createdAt
                + ")", id, "test-" + id, owner, withReport ? "finished" : "running");
        if (!withReport) {
            return;
        }
        for (int n = 1; n <= 2; n++) {
            Sql.update("insert into answers (session_id, n, transcript) values (?, ?, ?)", id, n,
                    n == 1 ? "I led the migration" : "We measured it");
        }
        for (int w = 0; w < 3; w++) {
            Sql.update("insert into timeline_windows (session_id, window_index, start_sec, end_sec, \"values\")"
                    + " values (?, ?, ?, ?, '{\"eyeContact\":0.5}'::jsonb)", id, w, (double) w, w + 1.0);
        }
        Sql.update("insert into reports (session_id, report, overall) values (?, '{\"overall\":{\"score\":71.5}}'::jsonb,"
                + " 71.5)", id);
    }

    private Path seedJob(UUID id, UUID owner, String createdAt) throws Exception {
        Path tmp = Files.createTempFile("erasure", ".mp4");
        Files.writeString(tmp, "not really a recording");
        Path kept = uploads.keep(id, tmp, "answer.mp4");
        Sql.update("insert into analysis_jobs (id, token_hash, status, upload_path, upload_bytes, media_type, file_name,"
                + " owner_id, created_at) values (?, ?, 'done', ?, 22, 'video/mp4', 'answer.mp4', ?, " + createdAt + ")",
                id, "test-" + id, kept.toString(), owner);
        return kept;
    }

    private void seedLiveState(UUID id) {
        String key = "coach:live:" + id;
        redis.hash(String.class).hset(key, Map.of("status", "finished", "tokenHash", "test"));
        redis.stream(String.class).xadd(key + ":windows", Map.of("window", "{}"));
        redis.value(String.class).set(key + ":recovery", "node-x");
        redis.set(String.class).sadd("coach:live:open", id.toString());
        redis.key().expire(key, 600);
        redis.key().expire(key + ":windows", 600);
        redis.key().expire(key + ":recovery", 600);
    }

    private List<String> redisKeys(String pattern) {
        List<String> keys = new java.util.ArrayList<>();
        redis.key().scan(new KeyScanArgs().match(pattern).count(1000)).toIterable().forEach(keys::add);
        return keys;
    }
}
