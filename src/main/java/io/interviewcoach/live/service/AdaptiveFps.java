package io.interviewcoach.live.service;

import io.interviewcoach.stats.RollingValues;

/**
 * A session's analysis frame rate: halved when the p95 window latency of recent windows is above the target, raised
 * again (doubled, up to the configured rate) when it stays well below. Each change waits for fresh windows.
 */
final class AdaptiveFps {
    private static final int WINDOWS_BEFORE_LOWERING = 4;
    private static final int WINDOWS_BEFORE_RAISING = 10;
    private static final double RAISE_BELOW_SHARE = 0.4;

    private final int maxFps;
    private final int minFps;
    private final double targetSec;
    private volatile int fps;
    private RollingValues recent = new RollingValues(WINDOWS_BEFORE_RAISING);

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
        double p95 = recent.percentile(0.95);
        if (recent.size() >= WINDOWS_BEFORE_LOWERING && p95 > targetSec && fps > minFps) {
            return change(Math.max(minFps, fps / 2));
        }
        if (recent.size() >= WINDOWS_BEFORE_RAISING && p95 < targetSec * RAISE_BELOW_SHARE && fps < maxFps) {
            return change(Math.min(maxFps, fps * 2));
        }
        return false;
    }

    private boolean change(int newFps) {
        fps = newFps;
        recent = new RollingValues(WINDOWS_BEFORE_RAISING);
        return true;
    }
}
