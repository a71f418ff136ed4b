package io.interviewcoach.bench;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The figures of one `bench live` run as `--json` writes them (these names are the interface; docs/README.md).
 * Latencies in seconds: receive time of a window message minus the wall time at which the media at the window's end
 * was sent. Server counts (analysed, dropped, audio dropped) are null when the server did not report them.
 * {@code limitSessions}: cores / (raw model time per frame x fps), null when it could not be measured.
 */
@JsonPropertyOrder({"sessions", "fps", "seconds", "p50LatencySec", "p95LatencySec", "p99LatencySec", "framesSent",
        "framesAnalyzed", "framesDropped", "audioChunksSent", "audioChunksDropped", "cuesSent", "limitSessions", "cpuCores"})
public record LiveBenchFigures(int sessions, int fps, double seconds, Double p50LatencySec, Double p95LatencySec,
        Double p99LatencySec, long framesSent, Long framesAnalyzed, Long framesDropped, long audioChunksSent,
        Long audioChunksDropped, int cuesSent, Double limitSessions, int cpuCores) {

    /** Dropped video frames as a share of the frames sent, or null when unknown. */
    public Double videoDropRatio() {
        if (framesDropped == null) {
            return null;
        }
        return framesSent == 0 ? 0.0 : framesDropped / (double) framesSent;
    }
}
