package io.interviewcoach.fusion.feedback;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import io.interviewcoach.measure.EventType;
import io.interviewcoach.fusion.Band;
import io.interviewcoach.fusion.MeasuredSubScore;
import io.interviewcoach.fusion.SubScore;
import io.interviewcoach.fusion.WindowValues;
import io.interviewcoach.measure.ReportEvent;
import io.interviewcoach.measure.Rounding;

/**
 * Finds where in the recording a weak sub-score showed: first from the analyzers' events of the matching types,
 * otherwise from the timeline windows whose own value was bad. Nearby ranges are merged; the longest are kept.
 */
final class EvidenceFinder {
    /** Ranges closer than this are one stretch (a burst of fillers, a look away with a one-window glance back). */
    static final double MERGE_GAP_SEC = 1.0;

    record Found(List<TimeRange> ranges, int occurrences, String from) {
        static final Found NONE = new Found(List.of(), 0, null);
    }

    private final int maxRanges;

    EvidenceFinder(int maxRanges) {
        this.maxRanges = maxRanges;
    }

    Found find(MeasuredSubScore m, List<ReportEvent> events, List<WindowValues> windows) {
        Set<EventType> types = eventTypes(m);
        List<TimeRange> raw = new ArrayList<>();
        for (ReportEvent e : events) {
            if (e != null && types.contains(e.type()) && Double.isFinite(e.start()) && Double.isFinite(e.end())) {
                raw.add(new TimeRange(e.start(), Math.max(e.start(), e.end())));
            }
        }
        if (!raw.isEmpty()) {
            return new Found(pick(merge(raw)), raw.size(), "events");
        }
        if (m.subScore() == SubScore.PACE) {
            raw.addAll(offPaceWindows(m, windows));
            return raw.isEmpty() ? Found.NONE : new Found(pick(merge(raw)), raw.size(), "timeline");
        }
        SubScore.WindowRule rule = m.subScore().windowRule();
        if (rule == null || !windowRuleApplies(m)) {
            return Found.NONE;
        }
        for (WindowValues w : windows) {
            Double v = rule.value(w);
            if (v != null && rule.bad().test(v)) {
                raw.add(new TimeRange(w.t(), w.end()));
            }
        }
        if (raw.isEmpty()) {
            return Found.NONE;
        }
        return new Found(pick(merge(raw)), raw.size(), "timeline");
    }

    /** Per-window pace this far outside the comfortable band marks a window (one-second rates are noisy). */
    static final double PACE_MARGIN_WPM = 20;

    private static List<TimeRange> offPaceWindows(MeasuredSubScore m, List<WindowValues> windows) {
        Band band = m.measurement().band();
        Band.Side side = band.side(m.measurement().value());
        double[] full = band.fullScoreRange();
        double lo = full[0];
        double hi = full[1];
        List<TimeRange> out = new ArrayList<>();
        if (side == Band.Side.WITHIN || Double.isNaN(lo)) {
            return out;
        }
        for (WindowValues w : windows) {
            Double wpm = w.get("wordsPerMinute");
            if (wpm == null || wpm <= 0) {
                continue;
            }
            if (side == Band.Side.ABOVE ? wpm > hi + PACE_MARGIN_WPM : wpm < lo - PACE_MARGIN_WPM) {
                out.add(new TimeRange(w.t(), w.end()));
            }
        }
        return out;
    }

    /** Event types that show the problem in the direction it actually went wrong. */
    private static Set<EventType> eventTypes(MeasuredSubScore m) {
        Band.Side side = m.measurement().band().side(m.measurement().value());
        return switch (m.subScore()) {
            case SPEECH_RATIO -> side == Band.Side.BELOW ? m.subScore().eventTypes() : Set.of();
            default -> m.subScore().eventTypes();
        };
    }

    private static boolean windowRuleApplies(MeasuredSubScore m) {
        return m.subScore() != SubScore.SPEECH_RATIO
                || m.measurement().band().side(m.measurement().value()) == Band.Side.BELOW;
    }

    private static List<TimeRange> merge(List<TimeRange> ranges) {
        List<TimeRange> sorted = new ArrayList<>(ranges);
        sorted.sort(Comparator.comparingDouble(TimeRange::start));
        List<TimeRange> out = new ArrayList<>();
        TimeRange cur = null;
        for (TimeRange r : sorted) {
            if (cur != null && r.start() - cur.end() <= MERGE_GAP_SEC) {
                cur = new TimeRange(cur.start(), Math.max(cur.end(), r.end()));
            } else {
                if (cur != null) {
                    out.add(cur);
                }
                cur = r;
            }
        }
        if (cur != null) {
            out.add(cur);
        }
        return out;
    }

    private List<TimeRange> pick(List<TimeRange> merged) {
        List<TimeRange> longest = new ArrayList<>(merged);
        longest.sort(Comparator.comparingDouble((TimeRange r) -> r.end() - r.start()).reversed()
                .thenComparingDouble(TimeRange::start));
        List<TimeRange> kept = new ArrayList<>(longest.subList(0, Math.min(maxRanges, longest.size())));
        kept.sort(Comparator.comparingDouble(TimeRange::start));
        return kept.stream().map(r -> new TimeRange(Rounding.round(r.start(), 1), Rounding.round(r.end(), 1))).toList();
    }

}
