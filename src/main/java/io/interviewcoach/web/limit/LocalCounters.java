package io.interviewcoach.web.limit;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

/**
 * Counters in this process (bucket4j): a bucket per kind and key that holds the kind's requests and is refilled whole
 * once per period. Buckets unused for a period are dropped, and at most {@value #MAX_KEYS} are kept per kind, so a
 * flood of addresses cannot fill the memory (an address dropped early starts again with a full bucket).
 */
final class LocalCounters {
    static final int MAX_KEYS = 100_000;

    private final Map<LimitKind, Cache<String, Bucket>> buckets = new EnumMap<>(LimitKind.class);
    private final LimitsConfig config;

    LocalCounters(LimitsConfig config) {
        this.config = config;
        for (LimitKind kind : LimitKind.values()) {
            buckets.put(kind, Caffeine.newBuilder().expireAfterAccess(kind.rate(config).per())
                    .maximumSize(MAX_KEYS).build());
        }
    }

    /** Takes one request from the key's budget; null when allowed, else how long until there is room again. */
    Duration take(LimitKind kind, String key) {
        Rate rate = kind.rate(config);
        Bucket bucket = buckets.get(kind).get(key, k -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(rate.requests()).refillIntervally(rate.requests(), rate.per()).build())
                .build());
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? null : Duration.ofNanos(probe.getNanosToWaitForRefill());
    }
}
