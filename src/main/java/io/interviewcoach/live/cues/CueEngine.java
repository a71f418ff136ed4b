package io.interviewcoach.live.cues;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.interviewcoach.fusion.WindowResults;

/**
 * Decides, one analysed window at a time, whether the candidate should see a cue (docs/live-cues.md). A cue is
 * due once its condition has held for its hold time (see {@link HoldTimer}); of the due cues in the focused
 * groups, the first in {@link CueKind} order is given, at most one per {@code intervalSec}, and never the same cue
 * again within {@code repeatGapSec}. One engine per live session, fed windows in time order from one thread.
 */
public final class CueEngine {
    private static final double EPSILON = 1e-6;

    private final CueSettings settings;
    private final Set<CueFocus> focus;
    private final CueConditions conditions;
    private final Map<CueKind, HoldTimer> held = new EnumMap<>(CueKind.class);
    private final Map<CueKind, Double> lastGiven = new EnumMap<>(CueKind.class);
    private final Map<CueKind, String> lastMeasured = new EnumMap<>(CueKind.class);
    private double lastCueSec = Double.NEGATIVE_INFINITY;

    /** @param focus the groups the candidate asked for (see {@link CueFocus#of(java.util.Collection)}) */
    public CueEngine(CueSettings settings, Set<CueFocus> focus) {
        this.settings = settings;
        this.focus = focus.isEmpty() ? EnumSet.noneOf(CueFocus.class) : EnumSet.copyOf(focus);
        this.conditions = new CueConditions(settings);
        for (CueKind kind : CueKind.values()) {
            held.put(kind, new HoldTimer(holdSec(settings, kind)));
        }
    }

    /** The cue this window makes due, if any; every window must be passed, in order, even when none is shown. */
    public Optional<Cue> onWindow(WindowResults r) {
        double windowSec = r.endSec() - r.startSec();
        Map<CueKind, CueConditions.Condition> judged = conditions.judge(r);
        judged.forEach((kind, c) -> {
            held.get(kind).add(c.holds(), windowSec);
            if (c.measured() != null) {
                lastMeasured.put(kind, c.measured());
            }
        });
        double now = r.endSec();
        if (now - lastCueSec < settings.intervalSec() - EPSILON) {
            return Optional.empty();
        }
        for (CueKind kind : CueKind.values()) {
            if (focus.contains(kind.focus()) && held.get(kind).armed() && !givenRecently(kind, now)) {
                return Optional.of(give(kind, now));
            }
        }
        return Optional.empty();
    }

    /** A new answer: conditions start over; the rate limit still counts from the last cue given. */
    public void newAnswer() {
        conditions.clear();
        held.values().forEach(HoldTimer::reset);
        lastMeasured.clear();
    }

    private Cue give(CueKind kind, double now) {
        HoldTimer timer = held.get(kind);
        String reason = String.format(Locale.ROOT, "%s, for %.1f s", lastMeasured.get(kind), timer.holdSec());
        timer.reset();
        lastCueSec = now;
        lastGiven.put(kind, now);
        return new Cue(kind, kind.text(), now, reason);
    }

    private boolean givenRecently(CueKind kind, double now) {
        Double last = lastGiven.get(kind);
        return last != null && now - last < settings.repeatGapSec() - EPSILON;
    }

    private static double holdSec(CueSettings settings, CueKind kind) {
        return switch (kind) {
            case SPEAK_UP -> settings.loudness().holdSec();
            case SLOW_DOWN, PICK_UP_PACE -> settings.pace().holdSec();
            case LOOK_AT_CAMERA -> settings.eyeContact().holdSec();
            case FEWER_FILLERS -> settings.fillers().holdSec();
            case SIT_UP_STRAIGHT -> settings.posture().holdSec();
            case VARY_YOUR_TONE -> settings.tone().holdSec();
        };
    }
}
