package io.interviewcoach.live.recovery;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.eclipse.microprofile.faulttolerance.Timeout;

import io.interviewcoach.live.state.RedisLiveStateStore;
import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.redis.datasource.value.SetArgs;
import io.smallrye.mutiny.Uni;

/**
 * The servers' heartbeats and the recovery claims in Redis: {@code coach:node:<id>} exists while its server lives
 * (renewed with a short expiry), {@code coach:live:<id>:recovery} names the one server finalizing an orphaned
 * session. Only used when {@code quarkus.redis.hosts} is configured.
 */
@ApplicationScoped
public class RedisNodes {
    static final String NODE_PREFIX = "coach:node:";

    // Instance: the client bean is inactive when no host is configured, and then this bean is never used
    @Inject
    Instance<ReactiveRedisDataSource> client;

    static String nodeKey(String node) {
        return NODE_PREFIX + node;
    }

    static String claimKey(String sessionId) {
        return RedisLiveStateStore.claimKey(sessionId);
    }

    /** This server is alive for {@code ttl} more. */
    @Timeout(value = 500, unit = ChronoUnit.MILLIS)
    public Uni<Void> beat(String node, Duration ttl) {
        return redis().value(String.class).set(nodeKey(node), "1", new SetArgs().px(ttl));
    }

    /** This server is gone: from now on the others take its open sessions as orphaned. */
    @Timeout(value = 500, unit = ChronoUnit.MILLIS)
    public Uni<Void> leave(String node) {
        return redis().key().del(nodeKey(node)).replaceWithVoid();
    }

    @Timeout(value = 500, unit = ChronoUnit.MILLIS)
    public Uni<Boolean> alive(String node) {
        return redis().key().exists(nodeKey(node));
    }

    /** The sessions not finished yet, of every server. */
    @Timeout(value = 2000, unit = ChronoUnit.MILLIS)
    public Uni<Set<String>> open() {
        return redis().set(String.class).smembers(RedisLiveStateStore.OPEN_KEY);
    }

    /** True for the one server that gets to finalize the session (for {@code hold}, then another may try). */
    @Timeout(value = 500, unit = ChronoUnit.MILLIS)
    public Uni<Boolean> claim(String sessionId, String node, Duration hold) {
        return redis().execute("SET", claimKey(sessionId), node, "NX", "PX", String.valueOf(hold.toMillis()))
                .map(reply -> reply != null && "OK".equals(reply.toString()));
    }

    /** The session is no longer open (finished, or its state expired). */
    @Timeout(value = 500, unit = ChronoUnit.MILLIS)
    public Uni<Void> forget(String sessionId) {
        return redis().set(String.class).srem(RedisLiveStateStore.OPEN_KEY, sessionId).replaceWithVoid();
    }

    private ReactiveRedisDataSource redis() {
        return client.get();
    }
}
