package io.interviewcoach.face;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.interviewcoach.report.ReportEvent;
import io.interviewcoach.report.Rounding;

/**
 * Turns a per-frame condition into events: a run starts at the first frame where it holds and ends one
 * frame interval after the last; frames where it is unknown (null) neither break nor extend a run, nor
 * do failing frames for up to {@code maxGapSec}; runs shorter than {@code minSec} are dropped. Details are summarised from the frames of the run.
 */
final class EventRuns<T> {
    private final String type;
    private final double minSec;
    private final double maxGapSec;
    private final Function<List<T>, Map<String, Object>> details;
    private final List<ReportEvent> events = new ArrayList<>();
    private final List<T> current = new ArrayList<>();
    private double start = Double.NaN;
    private double lastTrue;
    private double interval;

    EventRuns(String type, double minSec, Function<List<T>, Map<String, Object>> details) {
        this(type, minSec, 0, details);
    }

    /** @param maxGapSec a run survives frames where the condition fails for at most this long */
    EventRuns(String type, double minSec, double maxGapSec, Function<List<T>, Map<String, Object>> details) {
        this.type = type;
        this.minSec = minSec;
        this.maxGapSec = maxGapSec;
        this.details = details;
    }

    /** @param holds true / false / null (unknown) for this frame */
    void add(double timeSec, double frameInterval, Boolean holds, T frame) {
        if (holds == null) {
            return;
        }
        if (holds) {
            if (Double.isNaN(start)) {
                start = timeSec;
            }
            lastTrue = timeSec;
            interval = frameInterval;
            current.add(frame);
        } else if (!Double.isNaN(start) && timeSec - lastTrue >= maxGapSec + interval - 1e-6) {
            close();
        }
    }

    /** Ends the open run, if any. */
    void close() {
        if (!Double.isNaN(start)) {
            double end = lastTrue + interval;
            if (end - start >= minSec - 1e-6) {
                Map<String, Object> detail = new HashMap<>(details.apply(current));
                detail.put("durationSec", Rounding.round(end - start, 2));
                events.add(new ReportEvent(type, Rounding.round(start, 3), Rounding.round(end, 3), detail));
            }
        }
        start = Double.NaN;
        current.clear();
    }

    /** Whether a run is open that is already long enough to become an event. */
    boolean openRunAtLeast(double sec) {
        return !Double.isNaN(start) && lastTrue + interval - start >= sec - 1e-6;
    }

    List<ReportEvent> events() {
        return events;
    }

}
