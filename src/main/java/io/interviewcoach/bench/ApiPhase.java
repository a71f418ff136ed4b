package io.interviewcoach.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * One phase of `bench api` as the load client wrote it: every request's latency from its due time, and what went
 * wrong. {@code errors} counts by HTTP status, "no answer" (none within the client's 10 s), "failed" (connection
 * error) and "wrong body" (2xx, but not the report of the session asked for). {@code serverCpuMsPerRequest}: the
 * server process's CPU time over the phase per request, null when the server is another process (--url).
 */
@JsonPropertyOrder({"endpoint", "requests", "ok", "achievedRate", "p50Ms", "p90Ms", "p99Ms", "maxMs", "errors",
        "serverCpuMsPerRequest"})
public record ApiPhase(String endpoint, int requests, double achievedRate, Double p50Ms, Double p90Ms, Double p99Ms,
        Double maxMs, int ok, Map<String, Integer> errors, Double serverCpuMsPerRequest) {

    static ApiPhase read(String endpoint, Path tsv, double seconds) throws IOException {
        List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
        long[] latency = new long[lines.size()];
        long lastDue = 0;
        long lastDone = 0;
        int ok = 0;
        Map<String, Integer> errors = new TreeMap<>();
        for (int i = 0; i < latency.length; i++) {
            String[] f = lines.get(i).split("\t");
            long due = Long.parseLong(f[0]);
            latency[i] = Long.parseLong(f[1]);
            int status = Integer.parseInt(f[2]);
            boolean good = "1".equals(f[3]);
            lastDue = Math.max(lastDue, due);
            lastDone = Math.max(lastDone, due + latency[i]);
            if (good) {
                ok++;
            } else {
                errors.merge(status == 0 ? "no answer" : status < 0 ? "failed" : status / 100 == 2 ? "wrong body"
                        : String.valueOf(status), 1, Integer::sum);
            }
        }
        Arrays.sort(latency);
        // answered requests per second over the span from the first due time to the last answer
        double rate = Math.round(ok / Math.max(seconds, lastDone / 1e9) * 100) / 100.0;
        return new ApiPhase(endpoint, latency.length, rate, ms(latency, 0.50), ms(latency, 0.90), ms(latency, 0.99),
                latency.length == 0 ? null : round(latency[latency.length - 1] / 1e6), ok, errors, null);
    }

    ApiPhase withServerCpu(Double msPerRequest) {
        return new ApiPhase(endpoint, requests, achievedRate, p50Ms, p90Ms, p99Ms, maxMs, ok, errors,
                msPerRequest == null ? null : round(msPerRequest));
    }

    @JsonIgnore
    int errorCount() {
        return requests - ok;
    }

    private static Double ms(long[] sorted, double q) {
        return sorted.length == 0 ? null : round(LatencyStats.percentile(sorted, q) / 1e6);
    }

    /** To the microsecond: what a clock read twice across processes can tell. */
    private static double round(double ms) {
        return Math.round(ms * 1000) / 1000.0;
    }
}
