package io.interviewcoach.live.state;

import java.net.URI;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Typed;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Timeout;

import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.quarkus.redis.datasource.stream.StreamMessage;
import io.quarkus.redis.datasource.stream.StreamRange;
import io.quarkus.redis.datasource.stream.XAddArgs;
import io.smallrye.mutiny.Uni;

/**
 * Live state in Redis: the hash {@code coach:live:<id>} and the stream {@code coach:live:<id>:windows}, one entry per
 * window with the entry id {@code <index + 1>-0}, so appending a window that is already there is refused by Redis and
 * counts as done (a write retried after a timeout never doubles a window). Every call has a short timeout and goes
 * through a circuit breaker: while Redis is away, callers hear of it at once and keep what they could not write.
 * Only looked up when {@code quarkus.redis.hosts} is configured ({@link LiveStateStores}).
 */
@ApplicationScoped
@Typed(RedisLiveStateStore.class)
public class RedisLiveStateStore implements LiveStateStore {
    static final String PREFIX = "coach:live:";
    private static final String WINDOW_FIELD = "window";
    private static final String DETAIL_FIELD = "detail";
    /** The ids of the sessions not finished yet, whatever their node (docs/live-state.md, "When a server dies"). */
    public static final String OPEN_KEY = PREFIX + "open";
    static final String VERSION_FIELD = "version";
    /** KEYS[1] the hash; ARGV: version, TTL in ms, then field/value pairs. Returns 1 when applied, 0 when stale. */
    private static final String SET_IF_NEWER = """
            local stored = redis.call('HGET', KEYS[1], 'version')
            if stored and tonumber(stored) >= tonumber(ARGV[1]) then return 0 end
            redis.call('HSET', KEYS[1], 'version', ARGV[1], unpack(ARGV, 3))
            redis.call('PEXPIRE', KEYS[1], ARGV[2])
            return 1
            """;

    // Instance: the client bean is inactive (and must stay untouched) when no host is configured
    @Inject
    Instance<ReactiveRedisDataSource> client;

    @ConfigProperty(name = "quarkus.redis.hosts") // Optional: checked at start even where this bean is never made
    Optional<String> hosts;

    public static String hashKey(String sessionId) {
        return PREFIX + sessionId;
    }

    /** The server finalizing a session whose own server died (docs/live-state.md). */
    public static String claimKey(String sessionId) {
        return hashKey(sessionId) + ":recovery";
    }

    public static String streamKey(String sessionId) {
        return PREFIX + sessionId + ":windows";
    }

    @Override
    @Timeout(value = 500, unit = ChronoUnit.MILLIS)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 2, delayUnit = ChronoUnit.SECONDS)
    public Uni<Void> save(String sessionId, long version, Map<String, String> fields, List<StoredWindow> windows,
            Duration ttl) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (StoredWindow w : windows) {
            chain = chain.chain(() -> append(sessionId, w));
        }
        List<String> args = new ArrayList<>(4 + 2 * fields.size());
        args.addAll(List.of(SET_IF_NEWER, "1", hashKey(sessionId), String.valueOf(version), String.valueOf(ttl.toMillis())));
        fields.forEach((k, v) -> {
            args.add(k);
            args.add(v);
        });
        return chain
                .chain(() -> redis().execute("EVAL", args.toArray(String[]::new)))
                // the stream's TTL only with the fields that were taken: never a stale one over a newer
                .chain(applied -> applied != null && applied.toInteger() == 1
                        ? redis().key().pexpire(streamKey(sessionId), ttl).replaceWithVoid()
                        : Uni.createFrom().voidItem())
                .chain(() -> LiveStateSnapshot.FINISHED.equals(fields.get(LiveStateSnapshot.STATUS))
                        ? redis().set(String.class).srem(OPEN_KEY, sessionId).replaceWithVoid()
                        : redis().set(String.class).sadd(OPEN_KEY, sessionId).replaceWithVoid());
    }

    private Uni<Void> append(String sessionId, StoredWindow w) {
        Map<String, String> entry = w.detail() == null ? Map.of(WINDOW_FIELD, w.json())
                : Map.of(WINDOW_FIELD, w.json(), DETAIL_FIELD, w.detail());
        return redis().stream(String.class)
                .xadd(streamKey(sessionId), new XAddArgs().id((w.index() + 1) + "-0"), entry)
                .replaceWithVoid()
                .onFailure(RedisLiveStateStore::alreadyAppended).recoverWithNull();
    }

    private static boolean alreadyAppended(Throwable t) {
        return t.getMessage() != null && t.getMessage().contains("equal or smaller than the target stream top item");
    }

    @Override
    @Timeout(value = 500, unit = ChronoUnit.MILLIS)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 2, delayUnit = ChronoUnit.SECONDS)
    public Uni<Void> delete(String sessionId) {
        // Single-key DELs: the keys may sit on different slots of a cluster. The recovery claim goes too (erasure).
        return redis().key().del(hashKey(sessionId))
                .chain(() -> redis().key().del(streamKey(sessionId)))
                .chain(() -> redis().key().del(claimKey(sessionId)))
                .chain(() -> redis().set(String.class).srem(OPEN_KEY, sessionId))
                .replaceWithVoid();
    }

    @Override
    @Timeout(value = 500, unit = ChronoUnit.MILLIS)
    public Uni<Map<String, String>> fields(String sessionId) {
        return redis().hash(String.class).hgetall(hashKey(sessionId));
    }

    @Override
    @Timeout(value = 2000, unit = ChronoUnit.MILLIS)
    public Uni<List<String>> windows(String sessionId) {
        return redis().stream(String.class).xrange(streamKey(sessionId), StreamRange.of("-", "+"))
                .map(messages -> messages.stream().map(RedisLiveStateStore::json).toList());
    }

    @Override
    @Timeout(value = 2000, unit = ChronoUnit.MILLIS)
    public Uni<List<StoredWindow>> entries(String sessionId) {
        return redis().stream(String.class).xrange(streamKey(sessionId), StreamRange.of("-", "+"))
                .map(messages -> messages.stream().map(m -> new StoredWindow(
                        (int) Long.parseLong(m.id().substring(0, m.id().indexOf('-'))) - 1, json(m),
                        m.payload().get(DETAIL_FIELD))).toList());
    }

    private static String json(StreamMessage<String, String, String> message) {
        return message.payload().get(WINDOW_FIELD);
    }

    @Override
    @Timeout(value = 500, unit = ChronoUnit.MILLIS)
    public Uni<Long> ttlSeconds(String sessionId) {
        return redis().key().ttl(hashKey(sessionId)).map(ttl -> ttl < 0 ? null : ttl);
    }

    private ReactiveRedisDataSource redis() {
        return client.get();
    }

    @Override
    public String describe() {
        return "Redis at " + withoutCredentials(hosts.orElse(""));
    }

    /** The configured hosts as a log may show them: no user or password. */
    static String withoutCredentials(String hosts) {
        StringBuilder out = new StringBuilder();
        for (String host : hosts.split(",")) {
            String h = host.trim();
            try {
                URI uri = URI.create(h);
                if (uri.getRawUserInfo() != null) {
                    h = uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort())
                            + (uri.getRawPath() == null ? "" : uri.getRawPath());
                }
            } catch (IllegalArgumentException e) {
                h = "(unparsable host)";
            }
            out.append(out.isEmpty() ? "" : ",").append(h);
        }
        return out.toString();
    }
}
