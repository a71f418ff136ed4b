package io.interviewcoach.voice;

import java.util.ArrayDeque;
import java.util.List;
import java.util.Map;

import io.interviewcoach.measure.EventType;
import io.interviewcoach.stats.RunningStats;
import io.interviewcoach.measure.Rounding;
import io.interviewcoach.measure.ReportEvent;

/**
 * {@code monotone} events: a sliding stretch of windows whose voiced pitch spread (SD, semitones) stays below the
 * threshold, given at least 3 s of voiced speech in it; overlapping flat stretches merge into one event carrying the
 * largest spread.
 */
final class MonotoneTracker {
    private record PitchMoments(double start, double end, RunningStats moments) {}

    private final double stretchSec;
    private final double semitones;
    private final List<ReportEvent> events;
    private final ArrayDeque<PitchMoments> recent = new ArrayDeque<>();
    private double start = Double.NaN;
    private double end;
    private double spread;

    MonotoneTracker(double stretchSec, double semitones, List<ReportEvent> events) {
        this.stretchSec = stretchSec;
        this.semitones = semitones;
        this.events = events;
    }

    /** The pitch moments (semitones) of the window [windowStart, windowEnd). */
    void add(double windowStart, double windowEnd, RunningStats moments) {
        recent.addLast(new PitchMoments(windowStart, windowEnd, moments));
        while (recent.size() > 1 && recent.peekLast().end - recent.peekFirst().start > stretchSec + 1e-6) {
            recent.pollFirst();
        }
        RunningStats all = new RunningStats();
        recent.forEach(m -> all.merge(m.moments));
        boolean full = recent.peekLast().end - recent.peekFirst().start >= stretchSec - 1e-6;
        // At least 3 s of voiced speech in the stretch, else there is too little to call it monotone.
        boolean flat = full && all.count() >= 300 && all.sd() < semitones;
        if (flat) {
            if (Double.isNaN(start) || recent.peekFirst().start > end) {
                close();
                start = recent.peekFirst().start;
                spread = all.sd();
            }
            end = recent.peekLast().end;
            spread = Math.max(spread, all.sd());
        } else if (!Double.isNaN(start) && windowStart >= end) {
            close();
        }
    }

    /** Emits the open stretch, if any. */
    void close() {
        if (!Double.isNaN(start)) {
            events.add(new ReportEvent(EventType.MONOTONE, Rounding.round(start, 3), Rounding.round(end, 3),
                    Map.of("pitchVariationSemitones", Math.round(spread * 100) / 100.0)));
            start = Double.NaN;
        }
    }
}
