package io.interviewcoach.bench;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import io.interviewcoach.live.client.ReplayResult;

/** The text `bench live` prints: one row per load level and the closing comparison with the limit. */
final class LiveTable {
    static final String HEADER = String.format(Locale.ROOT, "%8s %7s %7s %7s %7s %25s %7s %15s %11s %5s %6s %6s  %s",
            "sessions", "p50 s", "p95 s", "p99 s", "windows", "frames sent/anal./drop.", "drop %", "audio sent/drop", "audio lag s",
            "cues", "cpu %", "fps", "bar");

    private LiveTable() {
    }

    static String row(LiveRun run) {
        LiveBenchFigures f = run.figures();
        String frames = f.framesSent() + "/" + text(f.framesAnalyzed()) + "/" + text(f.framesDropped());
        String audio = f.audioChunksSent() + "/" + text(f.audioChunksDropped());
        Double drop = f.videoDropRatio();
        return String.format(Locale.ROOT, "%8d %7s %7s %7s %7d %25s %7s %15s %11s %5d %6.0f %6.1f  %s", f.sessions(),
                seconds(f.p50LatencySec()), seconds(f.p95LatencySec()), seconds(f.p99LatencySec()), run.windows(), frames,
                drop == null ? "-" : String.format(Locale.ROOT, "%.1f", 100 * drop), audio, seconds(run.audioLagSec()),
                f.cuesSent(), 100 * run.load().cpuBusy(), run.lowestAdvisedFps(), run.held() ? "held" : "missed");
    }

    /** The server's error and warning messages over all sessions, by code ("" when there were none). */
    static String messages(LiveRun run) {
        Map<String, Integer> errors = new TreeMap<>();
        Map<String, Integer> warnings = new TreeMap<>();
        for (ReplayResult r : run.load().results()) {
            r.errors().forEach((k, v) -> errors.merge(k, v, Integer::sum));
            r.warnings().forEach((k, v) -> warnings.merge(k, v, Integer::sum));
        }
        StringBuilder sb = new StringBuilder();
        if (!errors.isEmpty()) {
            sb.append("    server errors: ").append(counts(errors)).append(System.lineSeparator());
        }
        if (!warnings.isEmpty()) {
            sb.append("    warnings: ").append(counts(warnings)).append(System.lineSeparator());
        }
        return sb.toString();
    }

    private static String counts(Map<String, Integer> byCode) {
        return byCode.entrySet().stream().map(e -> e.getKey() + " x" + e.getValue()).collect(Collectors.joining(", "));
    }

    static String summary(LiveRun chosen, boolean findMax, boolean anyHeld) {
        LiveBenchFigures f = chosen.figures();
        StringBuilder sb = new StringBuilder();
        if (findMax) {
            sb.append(anyHeld ? String.format(Locale.ROOT, "largest N holding the bar at %d fps: %d", f.fps(), f.sessions())
                    : String.format(Locale.ROOT, "no N held the bar at %d fps (not even 1)", f.fps()));
        } else {
            sb.append(String.format(Locale.ROOT, "%d sessions at %d fps: bar %s", f.sessions(), f.fps(), chosen.held() ? "held" : "missed"));
        }
        if (f.limitSessions() != null) {
            sb.append(String.format(Locale.ROOT, "; limit cores / (raw model time x fps) = %.2f sessions", f.limitSessions()));
            if (findMax ? anyHeld : chosen.held()) {
                sb.append(String.format(Locale.ROOT, "; ratio N / limit = %.2f", f.sessions() / f.limitSessions()));
            }
        }
        return sb.toString();
    }

    private static String text(Long v) {
        return v == null ? "-" : Long.toString(v);
    }

    private static String seconds(Double v) {
        return v == null ? "-" : String.format(Locale.ROOT, "%.3f", v);
    }
}
