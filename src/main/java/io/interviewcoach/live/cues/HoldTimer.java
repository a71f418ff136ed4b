package io.interviewcoach.live.cues;

/**
 * The hysteresis of one cue: how long its condition has held, up to its hold time. A window where it holds adds
 * its length, a window where it does not takes the same length back (never below zero), an unmeasured window
 * changes nothing. So a problem present most of the time still arms the cue, one that comes and goes does not,
 * and one that has stopped disarms within a window (held time never builds up beyond the hold time).
 * {@code stats.ConditionRuns} would count unmeasured windows inside a run as held time, which is why this is
 * separate.
 */
final class HoldTimer {
    private static final double EPSILON = 1e-6;
    private final double holdSec;
    private double heldSec;

    HoldTimer(double holdSec) {
        this.holdSec = holdSec;
    }

    void add(Boolean holds, double windowSec) {
        if (holds == null) {
            return;
        }
        heldSec = holds ? Math.min(holdSec, heldSec + windowSec) : Math.max(0, heldSec - windowSec);
    }

    boolean armed() {
        return heldSec >= holdSec - EPSILON;
    }

    double holdSec() {
        return holdSec;
    }

    void reset() {
        heldSec = 0;
    }
}
