package io.interviewcoach.bench;

import java.util.Arrays;
import java.util.List;

/** Percentiles of a latency sample, in milliseconds. */
public record LatencyStats(int count, double p50Ms, double p95Ms, double p99Ms, double meanMs) {
    public static LatencyStats ofNanos(List<Long> nanos) {
        if (nanos.isEmpty()) {
            return new LatencyStats(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        return new LatencyStats(sorted.length, percentile(sorted, 0.50) / 1e6, percentile(sorted, 0.95) / 1e6,
                percentile(sorted, 0.99) / 1e6,
                Arrays.stream(sorted).average().orElse(Double.NaN) / 1e6);
    }

    /** Nearest-rank percentile. */
    static double percentile(long[] sorted, double q) {
        int rank = (int) Math.ceil(q * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}
