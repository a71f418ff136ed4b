package io.interviewcoach.live.cues;

/**
 * The hysteresis of one cue: how long its condition has held. A window where it holds adds its length, a window
 * where it does not takes the same length back (never below zero), an unmeasured window changes nothing. So a
 * problem present most of the time still arms the cue, and one that comes and goes does not.
 * {@code ConditionRuns} would count unmeasured windows inside a run as held time, which is why this is separate.
 *
 * @see io.interviewcoach.stats.ConditionRuns
 */
final class HoldTimer {
    private static final double EPSILON = 1e-6;
    private double heldSec;

    void add(Boolean holds, double windowSec) {
        if (holds == null) {
            return;
        }
        heldSec = holds ? heldSec + windowSec : Math.max(0, heldSec - windowSec);
    }

    boolean armed(double holdSec) {
        return heldSec >= holdSec - EPSILON;
    }

    double heldSec() {
        return heldSec;
    }

    void reset() {
        heldSec = 0;
    }
}
