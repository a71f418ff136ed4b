package io.interviewcoach.live.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.interviewcoach.live.LiveServiceRig;
import io.interviewcoach.live.protocol.ProtocolJson;
import io.interviewcoach.live.protocol.ServerMessage;
import io.interviewcoach.live.protocol.ServerMessage.WindowMetrics;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * Without {@code quarkus.redis.hosts} the application starts (no Redis client is made) and the journal keeps live
 * state in the process, with the same fields and window list; a metric never measured stays absent.
 */
@QuarkusTest
@TestProfile(LiveStateInProcessTest.NoRedis.class)
class LiveStateInProcessTest {
    public static class NoRedis implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.http.test-port", "0", "quarkus.flyway.migrate-at-start", "false",
                    "quarkus.redis.hosts", "", "coach.live.grace", "7s");
        }
    }

    @Inject
    LiveStateJournal journal;

    @Inject
    LiveStateStores stores;

    @Test
    void stateStaysInTheProcessWithAbsentMetricsLeftOut() {
        assertInstanceOf(InProcessLiveStateStore.class, stores.store());
        String id = "test-" + UUID.randomUUID();
        journal.created(id, "abc", LiveServiceRig.settings(Duration.ofSeconds(7)));
        assertEquals("created", find(id).status());
        journal.started(id, List.of("pace"));
        List<ServerMessage.Window> windows = List.of(
                new ServerMessage.Window(0, 0, 1, new WindowMetrics(null, false, null, null, null, null, null, null)),
                new ServerMessage.Window(1, 1, 2, new WindowMetrics(0.5, true, 80.0, false, null, 0, null, -30.0)),
                new ServerMessage.Window(2, 2, 3, new WindowMetrics(1.0, true, 82.0, true, 150.0, 1, 120.0, -25.0)),
                new ServerMessage.Window(3, 3, 4, new WindowMetrics(null, false, null, true, null, null, 118.0, -26.0)));
        journal.window(id, windows.get(0));
        LiveStateSnapshot first = find(id);
        assertEquals("running", first.status());
        assertEquals(1, first.windows());
        assertNull(first.eyeContact(), "no face yet: absent, not 0");
        assertNull(first.speakingSec(), "no audio measure yet: absent, not 0");
        assertNull(first.wordsPerMinute());
        assertNull(first.fillers());
        windows.subList(1, 4).forEach(w -> journal.window(id, w));
        journal.finished(id, null);

        LiveStateSnapshot s = find(id);
        assertEquals("finished", s.status());
        assertEquals(List.of("pace"), s.focus());
        assertEquals(4, s.windows());
        assertEquals(0.75, s.eyeContact(), 1e-9, "mean over the windows with a face");
        assertEquals(2.0, s.speakingSec(), 1e-9);
        assertEquals(150.0, s.wordsPerMinute(), 1e-9, "mean over speaking windows that measured it");
        assertEquals(1, s.fillers(), "the last count reported");
        assertEquals(ProtocolJson.write(windows.get(3)), s.lastWindow());
        assertEquals(windows.stream().map(ProtocolJson::write).toList(),
                journal.windows(id).await().atMost(Duration.ofSeconds(1)));
        Long ttl = stores.store().ttlSeconds(id).await().atMost(Duration.ofSeconds(1));
        assertTrue(ttl != null && ttl >= 5 && ttl <= 7, "finished: the grace period, got " + ttl);

        journal.deleted(id);
        assertTrue(journal.find(id).await().atMost(Duration.ofSeconds(1)).isEmpty());
        assertEquals(List.of(), journal.windows(id).await().atMost(Duration.ofSeconds(1)));
    }

    private LiveStateSnapshot find(String id) {
        return journal.find(id).await().atMost(Duration.ofSeconds(1)).orElseThrow();
    }
}
