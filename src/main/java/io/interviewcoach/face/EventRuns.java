package io.interviewcoach.face;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.interviewcoach.measure.EventType;
import io.interviewcoach.measure.ReportEvent;
import io.interviewcoach.measure.Rounding;
import io.interviewcoach.stats.ConditionRuns;

/**
 * Turns a per-frame condition into events ({@link ConditionRuns}): a run starts at the first frame where it holds and ends one
 * frame interval after the last; frames where it is unknown (null) neither break nor extend a run, nor
 * do failing frames for up to {@code maxGapSec}; runs shorter than {@code minSec} are dropped. Details are summarised from the frames of the run.
 */
final class EventRuns<T> {
    private final EventType type;
    private final double minSec;
    private final ConditionRuns<T> runs;
    private final Function<List<T>, Map<String, Object>> details;
    private final List<ReportEvent> events = new ArrayList<>();

    EventRuns(EventType type, double minSec, Function<List<T>, Map<String, Object>> details) {
        this(type, minSec, 0, details);
    }

    /** @param maxGapSec a run survives frames where the condition fails for at most this long */
    EventRuns(EventType type, double minSec, double maxGapSec, Function<List<T>, Map<String, Object>> details) {
        this.type = type;
        this.minSec = minSec;
        this.runs = new ConditionRuns<>(maxGapSec);
        this.details = details;
    }

    /** @param holds true / false / null (unknown) for this frame */
    void add(double timeSec, double frameInterval, Boolean holds, T frame) {
        emit(runs.add(timeSec, timeSec + frameInterval, holds, frame));
    }

    /** Ends the open run, if any. */
    void close() {
        emit(runs.close());
    }

    private void emit(ConditionRuns.Run<T> run) {
        if (run != null && run.end() - run.start() >= minSec - 1e-6) {
            Map<String, Object> detail = new HashMap<>(details.apply(run.frames()));
            detail.put("durationSec", Rounding.round(run.end() - run.start(), 2));
            events.add(new ReportEvent(type, Rounding.round(run.start(), 3), Rounding.round(run.end(), 3), detail));
        }
    }

    /** Whether a run is open that is already long enough to become an event. */
    boolean openRunAtLeast(double sec) {
        return runs.openRunAtLeast(sec);
    }

    List<ReportEvent> events() {
        return events;
    }
}
