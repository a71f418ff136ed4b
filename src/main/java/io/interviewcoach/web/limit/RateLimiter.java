package io.interviewcoach.web.limit;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.interviewcoach.web.access.BearerToken;
import io.interviewcoach.web.problem.ProblemException;
import io.interviewcoach.web.problem.ProblemType;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;

/**
 * The one rate limiter (docs/security.md): {@link #check} takes one request of a kind from a client's budget
 * ({@code coach.limits.*}) and fails with the 429 problem (with Retry-After) when it is spent. Counters are in Redis
 * when {@code quarkus.redis.hosts} is configured (every replica shares them), else in this process; while Redis is
 * away this process counts on its own. Keys name the client, e.g. {@code ip:203.0.113.7}, {@code token:<hash>},
 * {@code user:<id>}, {@code email:<address>}; only their SHA-256 is kept.
 */
@ApplicationScoped
public class RateLimiter {
    private static final Logger LOG = Logger.getLogger(RateLimiter.class);

    private final LimitsConfig config;
    private final LocalCounters local;
    private final RedisCounters redis;
    private final boolean redisConfigured;
    private final MeterRegistry registry;
    private final AtomicBoolean redisAway = new AtomicBoolean();

    @Inject
    public RateLimiter(LimitsConfig config, RedisCounters redis, MeterRegistry registry,
            @ConfigProperty(name = "quarkus.redis.hosts") Optional<String> redisHosts) {
        this.config = config;
        this.local = new LocalCounters(config);
        this.redis = redis;
        this.redisConfigured = redisHosts.filter(h -> !h.isBlank()).isPresent();
        this.registry = registry;
    }

    /** Completes when the request is within the client's budget; else fails with the 429 {@link ProblemException}. */
    public Uni<Void> check(LimitKind kind, String key) {
        if (!config.enabled()) {
            return Uni.createFrom().voidItem();
        }
        String hashed = BearerToken.hash(key);
        Uni<Duration> wait = redisConfigured
                ? redis.take(kind, hashed, kind.rate(config))
                        .invoke(() -> {
                            if (redisAway.compareAndSet(true, false)) {
                                LOG.info("rate limits: Redis answers again; counting there");
                            }
                        })
                        .onFailure().recoverWithItem(e -> {
                            if (redisAway.compareAndSet(false, true)) {
                                LOG.warnf("rate limits: Redis is away (%s); counting in this process meanwhile", e.toString());
                            }
                            return local.take(kind, hashed);
                        })
                : Uni.createFrom().item(() -> local.take(kind, hashed));
        return wait.map(w -> {
            if (w != null) {
                throw refused(kind, w);
            }
            return null;
        });
    }

    /**
     * In this process only and synchronous, for the live socket (a connection stays on the replica it opened on):
     * true when the message is within the client's budget.
     */
    public boolean tryLocal(LimitKind kind, String key) {
        if (!config.enabled() || local.take(kind, key) == null) {
            return true;
        }
        count(kind);
        return false;
    }

    private ProblemException refused(LimitKind kind, Duration wait) {
        count(kind);
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        Rate rate = kind.rate(config);
        return new ProblemException(ProblemType.TOO_MANY_REQUESTS, "More than " + rate.requests() + " requests of this"
                + " kind in " + rate.per().toString().substring(2).toLowerCase(java.util.Locale.ROOT)
                + "; try again in " + seconds + " s", Duration.ofSeconds(seconds));
    }

    private void count(LimitKind kind) {
        registry.counter("coach.limits.refused", "kind", kind.key()).increment();
    }
}
