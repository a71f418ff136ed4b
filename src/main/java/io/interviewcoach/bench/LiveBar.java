package io.interviewcoach.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The bar a live run must hold (issue 8): p95 latency at most 0.5 s, no audio dropped, at most 5 % of the video
 * frames dropped, every session finished with a report, and the server never asked for a lower frame rate than the
 * one benchmarked (otherwise the run did not hold that rate). A figure the server did not report fails the bar.
 */
record LiveBar(double maxP95Sec, double maxVideoDrop) {
    static final LiveBar ISSUE_8 = new LiveBar(0.5, 0.05);

    /** Why the run missed the bar; empty when it held. */
    List<String> misses(LiveBenchFigures f, List<String> failures, double lowestAdvisedFps) {
        List<String> misses = new ArrayList<>();
        if (!failures.isEmpty()) {
            misses.add(failures.size() + " session(s) failed: " + failures.get(0));
        }
        if (f.p95LatencySec() == null) {
            misses.add("no window message arrived");
        } else if (f.p95LatencySec() > maxP95Sec) {
            misses.add(String.format(Locale.ROOT, "p95 latency %.3f s > %.1f s", f.p95LatencySec(), maxP95Sec));
        }
        if (f.audioChunksDropped() == null) {
            misses.add("the server did not report the audio it received");
        } else if (f.audioChunksDropped() > 0) {
            misses.add(f.audioChunksDropped() + " audio chunks dropped");
        }
        Double drop = f.videoDropRatio();
        if (drop == null) {
            misses.add("the server did not report dropped frames");
        } else if (drop > maxVideoDrop) {
            misses.add(String.format(Locale.ROOT, "%.1f %% of video frames dropped > %.0f %%", 100 * drop, 100 * maxVideoDrop));
        }
        if (lowestAdvisedFps < f.fps()) {
            misses.add(String.format(Locale.ROOT, "the server lowered the frame rate to %.1f fps", lowestAdvisedFps));
        }
        return misses;
    }
}
