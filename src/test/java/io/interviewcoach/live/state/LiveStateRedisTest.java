package io.interviewcoach.live.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.interviewcoach.live.LiveServiceRig;
import io.interviewcoach.live.protocol.ControlMessage;
import io.interviewcoach.live.protocol.ProtocolJson;
import io.interviewcoach.live.protocol.ServerMessage;
import io.interviewcoach.web.access.BearerToken;
import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * A live session on real media reports to the journal, which keeps its state in the machine's Redis: the hash and the
 * stream hold what the client got; finished, the keys expire after the grace period; deleted, they are gone.
 */
@QuarkusTest
@TestProfile(LiveStateRedisTest.Profile.class)
class LiveStateRedisTest {
    static final int GRACE_SEC = 30;

    public static class Profile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // port 0: other test runs may hold the default test port; no migrations: this test needs no PostgreSQL
            // (and the shared test database may hold migrations of branches this one does not know)
            return Map.of("quarkus.http.test-port", "0", "quarkus.flyway.migrate-at-start", "false",
                    "coach.live.grace", GRACE_SEC + "s");
        }
    }

    @Inject
    LiveStateJournal journal;

    @Inject
    LiveStateStores stores;

    @Inject
    RedisDataSource redis;

    @Test
    void theHashAndTheStreamHoldWhatTheClientGot() throws Exception {
        assertInstanceOf(RedisLiveStateStore.class, stores.store(), "quarkus.redis.hosts is set in %test");
        try (LiveRun run = new LiveRun(journal, Duration.ofSeconds(GRACE_SEC))) {
            String id = run.id();
            LiveStateSnapshot created = journal.find(id).await().atMost(Duration.ofSeconds(5)).orElseThrow();
            assertEquals("created", created.status());
            assertEquals(BearerToken.hash(run.token), created.tokenHash());
            assertEquals(10, created.fps());
            assertEquals("lite", created.poseModel());
            assertNull(created.eyeContact(), "nothing measured yet");

            run.control(ControlMessage.start(List.of("pace", "eyeContact")));
            run.feed(0, 5.0);
            run.control(ControlMessage.of(ControlMessage.Type.end));
            assertNotNull(run.awaitReport(Duration.ofSeconds(90)));
            List<ServerMessage.Window> got = run.windows();
            assertTrue(got.size() >= 4, "windows: " + got.size());

            List<String> expected = got.stream().map(ProtocolJson::write).toList();
            List<String> stored = awaitStream(id, expected.size());
            assertEquals(expected, stored, "one stream entry per window, as the client got it, in order");

            LiveStateSnapshot s = awaitStatus(id, "finished");
            assertEquals(got.size(), s.windows());
            assertEquals(expected.get(expected.size() - 1), s.lastWindow());
            assertEquals(List.of("pace", "eyeContact"), s.focus());
            assertNotNull(s.startedAt());
            assertFalse(s.startedAt().isBefore(s.createdAt()));
            Aggregates.assertClose(Aggregates.eyeContact(got), s.eyeContact(), "eyeContact");
            Aggregates.assertClose(Aggregates.speakingSec(got), s.speakingSec(), "speakingSec");
            Aggregates.assertClose(Aggregates.wordsPerMinute(got), s.wordsPerMinute(), "wordsPerMinute");
            assertEquals(Aggregates.lastFillers(got), s.fillers());
            assertNotNull(s.eyeContact(), "d9 shows a face");
            assertNotNull(s.speakingSec(), "d9 has audio");

            long hashTtl = redis.key().ttl(RedisLiveStateStore.hashKey(id));
            long streamTtl = redis.key().ttl(RedisLiveStateStore.streamKey(id));
            assertTrue(hashTtl > GRACE_SEC - 10 && hashTtl <= GRACE_SEC, "hash TTL after finish: " + hashTtl);
            assertTrue(streamTtl > GRACE_SEC - 10 && streamTtl <= GRACE_SEC, "stream TTL after finish: " + streamTtl);

            journal.deleted(id);
            long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            while (redis.key().exists(RedisLiveStateStore.hashKey(id), RedisLiveStateStore.streamKey(id)) > 0
                    && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertEquals(0, redis.key().exists(RedisLiveStateStore.hashKey(id), RedisLiveStateStore.streamKey(id)));
            assertTrue(journal.find(id).await().atMost(Duration.ofSeconds(5)).isEmpty());
        }
    }

    @Test
    void aRunningSessionsStateLivesForTheStateTtl() throws Exception {
        String id = "test-" + java.util.UUID.randomUUID();
        journal.created(id, "hash", LiveServiceRig.settings(Duration.ofSeconds(GRACE_SEC)));
        journal.started(id, null);
        LiveStateSnapshot s = awaitStatus(id, "running");
        assertNull(s.focus(), "no focus: cues on everything");
        long ttl = redis.key().ttl(RedisLiveStateStore.hashKey(id));
        assertTrue(ttl > Duration.ofHours(2).toSeconds() - 30 && ttl <= Duration.ofHours(2).toSeconds(), "TTL " + ttl);
        journal.deleted(id);
    }

    private List<String> awaitStream(String id, int n) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        List<String> stored = List.of();
        while (System.nanoTime() < deadline) {
            stored = journal.windows(id).await().atMost(Duration.ofSeconds(5));
            if (stored.size() >= n) {
                break;
            }
            Thread.sleep(50);
        }
        return stored;
    }

    private LiveStateSnapshot awaitStatus(String id, String status) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        LiveStateSnapshot s = null;
        while (System.nanoTime() < deadline) {
            s = journal.find(id).await().atMost(Duration.ofSeconds(5)).orElse(null);
            if (s != null && status.equals(s.status()) && journal.pendingWindows(id) == 0) {
                return s;
            }
            Thread.sleep(50);
        }
        return s;
    }
}
