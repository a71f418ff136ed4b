package io.interviewcoach.live.service;

import io.interviewcoach.stats.RollingValues;

/**
 * A session's analysis frame rate: halved when the p95 window latency of the last 20 windows is above the target
 * (more than one window in 20 over it: one late window, a pause of the collector say, is the 5 % a p95 allows),
 * raised again (doubled, up to the configured rate) when it stays well below. Each change waits for fresh windows.
 */
final class AdaptiveFps {
    private static final int WINDOWS_BEFORE_LOWERING = 4;
    private static final int WINDOWS_BEFORE_RAISING = 10;
    private static final int WINDOWS_KEPT = 20;
    /** Windows over the target allowed among {@link #WINDOWS_KEPT}: 5 %, as in a p95. */
    private static final int LATE_WINDOWS_ALLOWED = 1;
    private static final double RAISE_BELOW_SHARE = 0.4;

    private final int maxFps;
    private final int minFps;
    private final double targetSec;
    private volatile int fps;
    private RollingValues recent = new RollingValues(WINDOWS_KEPT);

    AdaptiveFps(int maxFps, int minFps, double targetSec) {
        this.maxFps = maxFps;
        this.minFps = minFps;
        this.targetSec = targetSec;
        this.fps = maxFps;
    }

    int fps() {
        return fps;
    }

    /** Adds one window's latency; true when the rate changed. */
    synchronized boolean onLatency(double latencySec) {
        recent.add(latencySec);
        if (recent.size() >= WINDOWS_BEFORE_LOWERING && recent.countAbove(targetSec) > LATE_WINDOWS_ALLOWED
                && fps > minFps) {
            return change(Math.max(minFps, fps / 2));
        }
        if (recent.size() >= WINDOWS_BEFORE_RAISING && recent.percentile(0.95) < targetSec * RAISE_BELOW_SHARE
                && fps < maxFps) {
            return change(Math.min(maxFps, fps * 2));
        }
        return false;
    }

    private boolean change(int newFps) {
        fps = newFps;
        recent = new RollingValues(WINDOWS_KEPT);
        return true;
    }
}
