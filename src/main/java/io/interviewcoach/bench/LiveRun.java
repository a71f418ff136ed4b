package io.interviewcoach.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import io.interviewcoach.live.client.ReplayResult;

/**
 * One load level's outcome: the figures `--json` writes, plus what is only printed (windows received, the worst
 * audio lag the server reported, the lowest frame rate it asked for, CPU use) and why the bar was missed.
 */
record LiveRun(LiveLoad load, LiveBenchFigures figures, int windows, Double audioLagSec, double lowestAdvisedFps,
        List<String> misses) {

    boolean held() {
        return misses.isEmpty();
    }

    static LiveRun of(LiveLoad load, int fps, double seconds, Double limitSessions, LiveBar bar) {
        List<ReplayResult> results = load.results();
        List<Long> latencyNanos = new ArrayList<>();
        results.forEach(r -> r.latenciesSec().forEach(s -> latencyNanos.add(Math.round(s * 1e9))));
        LatencyStats latency = LatencyStats.ofNanos(latencyNanos);
        long framesSent = results.stream().mapToLong(ReplayResult::framesSent).sum();
        long audioSent = results.stream().mapToLong(ReplayResult::audioChunksSent).sum();
        Long analysed = sum(results, r -> r.statusCount("framesAnalyzed"));
        Long dropped = sum(results, r -> r.statusCount("framesDropped"));
        Long audioDropped = sum(results, LiveRun::audioDropped);
        int cues = results.stream().mapToInt(ReplayResult::cues).sum();
        LiveBenchFigures figures = new LiveBenchFigures(load.sessions(), fps, seconds, seconds(latency.p50Ms()),
                seconds(latency.p95Ms()), seconds(latency.p99Ms()), framesSent, analysed, dropped, audioSent, audioDropped,
                cues, limitSessions, Runtime.getRuntime().availableProcessors());
        Double lag = results.stream().map(r -> r.statusValue("audioLagSec")).filter(v -> v != null)
                .max(Double::compare).orElse(null);
        double lowestFps = results.stream().mapToDouble(ReplayResult::lowestAdvisedFps).filter(v -> !Double.isNaN(v))
                .min().orElse(fps);
        return new LiveRun(load, figures, latencyNanos.size(), lag, lowestFps, bar.misses(figures, load.failures(), lowestFps));
    }

    /**
     * Audio chunks sent that the server's last status (sent just before the report) does not count as received, plus
     * those it says it dropped itself.
     */
    private static Long audioDropped(ReplayResult r) {
        Long received = r.statusCount("audioChunksReceived");
        if (received == null) {
            return null;
        }
        Long droppedByServer = r.statusCount("audioChunksDropped");
        return Math.max(0, r.audioChunksSent() - received) + (droppedByServer == null ? 0 : droppedByServer);
    }

    /** Over the sessions that ran (refused ones count as failures); null when one of them did not report it. */
    private static Long sum(List<ReplayResult> results, Function<ReplayResult, Long> count) {
        if (results.isEmpty()) {
            return null;
        }
        long total = 0;
        for (ReplayResult r : results) {
            Long v = count.apply(r);
            if (v == null) {
                return null;
            }
            total += v;
        }
        return total;
    }

    private static Double seconds(double ms) {
        return Double.isNaN(ms) ? null : Math.round(ms) / 1000.0;
    }
}
