package io.interviewcoach.stats;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Runs of consecutive frames (or windows) where a condition holds. A run starts at the first frame where it
 * holds and ends where its last such frame ends; frames where the condition is unknown (null) neither break
 * nor extend a run, nor do failing frames that start less than {@code maxGapSec} after the run's end. Callers
 * that want any failing frame to end a run call {@link #close()} themselves. What makes a run an event
 * (a minimum length, its details) is the caller's.
 *
 * @param <T> what is kept of each frame in the run, for the caller's summary of it
 */
public final class ConditionRuns<T> {
    /**
     * One finished run.
     *
     * @param start     the start of its first frame
     * @param lastStart the start of its last frame
     * @param end       the end of its last frame
     * @param frames    what was kept of each of its frames, in order
     */
    public record Run<T>(double start, double lastStart, double end, List<T> frames) {}

    private static final double EPSILON = 1e-6;

    private final double maxGapSec;
    private final List<T> current = new ArrayList<>();
    private double start = Double.NaN;
    private double lastStart;
    private double lastEnd;

    public ConditionRuns() {
        this(0);
    }

    /** @param maxGapSec a run survives frames where the condition fails for less than this long */
    public ConditionRuns(double maxGapSec) {
        this.maxGapSec = maxGapSec;
    }

    /**
     * One frame [startSec, endSec) where the condition holds (true), fails (false) or is unknown (null).
     *
     * @return the run this frame ended, or null
     */
    public Run<T> add(double startSec, double endSec, Boolean holds, T frame) {
        if (holds == null) {
            return null;
        }
        if (holds) {
            if (Double.isNaN(start)) {
                start = startSec;
            }
            lastStart = startSec;
            lastEnd = endSec;
            current.add(frame);
            return null;
        }
        if (!Double.isNaN(start) && startSec >= maxGapSec + lastEnd - EPSILON) {
            return close();
        }
        return null;
    }

    /** Ends the open run; returns it, or null when none was open. */
    public Run<T> close() {
        if (Double.isNaN(start)) {
            return null;
        }
        Run<T> run = new Run<>(start, lastStart, lastEnd, Collections.unmodifiableList(new ArrayList<>(current)));
        start = Double.NaN;
        current.clear();
        return run;
    }

    /** Whether a run is open that already lasts at least {@code sec}. */
    public boolean openRunAtLeast(double sec) {
        return !Double.isNaN(start) && lastEnd - start >= sec - EPSILON;
    }
}
