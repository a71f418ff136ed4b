package io.interviewcoach.live.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.interviewcoach.live.protocol.ControlMessage;
import io.interviewcoach.live.protocol.ProtocolJson;
import io.interviewcoach.live.protocol.ServerMessage;
import io.interviewcoach.testsupport.FaultProxy;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.redis.datasource.RedisDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/**
 * The application's Redis client reaches the machine's Redis through a {@link FaultProxy}. Cut mid-session, then
 * blackholed while the session ends: the session delivers every window and its report, and once Redis answers again
 * the stream holds every window in order and the hash is current.
 */
@QuarkusTest
@TestProfile(LiveStateOutageTest.Profile.class)
class LiveStateOutageTest {
    static final int GRACE_SEC = 30;
    private static final String PORT_PROPERTY = "interviewcoach.test.redis-proxy-port";

    public static class Profile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            // A system property: the profile may be asked more than once, from more than one class loader.
            Object port = System.getProperties().computeIfAbsent(PORT_PROPERTY, k -> {
                try {
                    return String.valueOf(FaultProxy.freePort());
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            });
            return Map.of("quarkus.http.test-port", "0", "quarkus.flyway.migrate-at-start", "false",
                    "coach.live.grace", GRACE_SEC + "s", "quarkus.redis.hosts", "redis://127.0.0.1:" + port);
        }
    }

    @Inject
    LiveStateJournal journal;

    @Inject
    MeterRegistry registry;

    @Inject
    RedisDataSource direct; // through the proxy too: only used once it forwards again

    @ConfigProperty(name = "quarkus.redis.hosts")
    String hosts;

    @Test
    void redisGoingAwayMidSessionAndAtTheEndLosesNothing() throws Exception {
        try (FaultProxy proxy = FaultProxy.on(URI.create(hosts).getPort(), "127.0.0.1", 6379);
                LiveRun run = new LiveRun(journal, Duration.ofSeconds(GRACE_SEC))) {
            String id = run.id();
            run.control(ControlMessage.start(null));
            run.feed(0, 2.0);
            run.awaitWindows(1, Duration.ofSeconds(30));
            await("the first windows stored", () -> stored(id).size() == run.windows().size(), 15);

            double failures = failures();
            proxy.cut();
            int before = run.windows().size();
            run.feed(2.0, 4.0);
            run.awaitWindows(before + 1, Duration.ofSeconds(30));
            assertTrue(run.windows().size() > before, "the session goes on without Redis: " + run.windows().size());
            await("failed writes metered", () -> failures() > failures, 10);
            assertTrue(journal.pendingWindows(id) >= 1, "the journal keeps the windows it could not write");

            proxy.restore();
            await("the missed windows appended", () -> journal.pendingWindows(id) == 0, 20);
            assertEquals(run.windows().stream().map(ProtocolJson::write).toList(), stored(id));

            double beforeBlackhole = failures();
            proxy.blackhole();
            run.feed(4.0, 6.0);
            run.control(ControlMessage.of(ControlMessage.Type.end));
            assertNotNull(run.awaitReport(Duration.ofSeconds(90)), "the report arrives while Redis hangs");
            await("writes timing out", () -> failures() > beforeBlackhole, 10);
            proxy.restore();

            List<ServerMessage.Window> got = run.windows();
            assertEquals(IntStream.range(0, got.size()).boxed().toList(),
                    got.stream().map(ServerMessage.Window::index).toList(), "every window reached the client");
            await("the state rewritten", () -> journal.pendingWindows(id) == 0 && finished(id), 20);
            assertEquals(got.stream().map(ProtocolJson::write).toList(), stored(id),
                    "every window stored once, in order");
            LiveStateSnapshot s = journal.find(id).await().atMost(Duration.ofSeconds(5)).orElseThrow();
            assertEquals(got.size(), s.windows());
            assertEquals(ProtocolJson.write(got.get(got.size() - 1)), s.lastWindow());
            Aggregates.assertClose(Aggregates.eyeContact(got), s.eyeContact(), "eyeContact");
            long ttl = direct.key().ttl(RedisLiveStateStore.hashKey(id));
            assertTrue(ttl > GRACE_SEC - 15 && ttl <= GRACE_SEC, "finished: the grace period, got " + ttl);
            journal.deleted(id);
        }
    }

    private List<String> stored(String id) {
        try {
            return journal.windows(id).await().atMost(Duration.ofSeconds(3));
        } catch (RuntimeException e) {
            return List.of();
        }
    }

    private boolean finished(String id) {
        try {
            return journal.find(id).await().atMost(Duration.ofSeconds(3))
                    .map(s -> LiveStateSnapshot.FINISHED.equals(s.status())).orElse(false);
        } catch (RuntimeException e) {
            return false;
        }
    }

    private double failures() {
        return registry.counter("coach.live.state.write.failures").count();
    }

    private static void await(String what, BooleanSupplier condition, int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for: " + what);
            }
            Thread.sleep(100);
        }
    }
}
