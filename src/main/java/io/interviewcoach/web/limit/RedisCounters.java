package io.interviewcoach.web.limit;

import java.time.Duration;
import java.time.temporal.ChronoUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Timeout;

import io.quarkus.redis.datasource.ReactiveRedisDataSource;
import io.smallrye.mutiny.Uni;

/**
 * Fixed-window counters in Redis, shared by every replica: one key per kind and client
 * ({@code coach:limit:<kind>:<SHA-256 of the key>}, so no address or name is stored in clear), incremented and given
 * its expiry by one script (atomic). Each call is bounded (300 ms) and goes through a circuit breaker; the caller falls
 * back to counting in process while Redis is away.
 */
@ApplicationScoped
public class RedisCounters {
    public static final String PREFIX = "coach:limit:";
    /** KEYS[1] the counter; ARGV: the window in ms, the limit. Returns -1 when allowed, else the ms until the reset. */
    private static final String TAKE = """
            local n = redis.call('INCR', KEYS[1])
            if n == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
            local ttl = redis.call('PTTL', KEYS[1])
            if ttl < 0 then redis.call('PEXPIRE', KEYS[1], ARGV[1]); ttl = tonumber(ARGV[1]) end
            if n > tonumber(ARGV[2]) then return ttl end
            return -1
            """;

    // Instance: the client bean is inactive (and must stay untouched) when no host is configured
    @Inject
    Instance<ReactiveRedisDataSource> client;

    /** Null when allowed, else how long until the window resets. */
    @Timeout(value = 300, unit = ChronoUnit.MILLIS)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.5, delay = 5, delayUnit = ChronoUnit.SECONDS)
    public Uni<Duration> take(LimitKind kind, String hashedKey, Rate rate) {
        return client.get().execute("EVAL", TAKE, "1", key(kind, hashedKey), String.valueOf(rate.per().toMillis()),
                String.valueOf(rate.requests()))
                .map(r -> {
                    long ms = r.toLong();
                    return ms < 0 ? null : Duration.ofMillis(ms);
                });
    }

    public static String key(LimitKind kind, String hashedKey) {
        return PREFIX + kind.key() + ":" + hashedKey;
    }
}
