package io.interviewcoach.voice;

import java.util.List;
import java.util.Map;

import io.interviewcoach.measure.EventType;
import io.interviewcoach.measure.ReportEvent;
import io.interviewcoach.measure.Rounding;
import io.interviewcoach.stats.ConditionRuns;

/** A clipping event for each run of windows in a row where over 0.1 % of the samples clip. */
final class ClippingEvents {
    private static final double CLIPPED_SHARE = 0.001;

    private record ClippedSamples(long clipped, long samples) {}

    private final ConditionRuns<ClippedSamples> runs = new ConditionRuns<>();
    private final List<ReportEvent> events;

    ClippingEvents(List<ReportEvent> events) {
        this.events = events;
    }

    void window(double startSec, double endSec, long samples, long clipped) {
        if (samples > 0 && clipped > CLIPPED_SHARE * samples) {
            runs.add(startSec, endSec, true, new ClippedSamples(clipped, samples));
        } else {
            close();
        }
    }

    void close() {
        ConditionRuns.Run<ClippedSamples> run = runs.close();
        if (run != null) {
            long clipped = run.frames().stream().mapToLong(ClippedSamples::clipped).sum();
            long total = run.frames().stream().mapToLong(ClippedSamples::samples).sum();
            events.add(new ReportEvent(EventType.CLIPPING, Rounding.round(run.start(), 3), Rounding.round(run.end(), 3),
                    Map.of("clippedRatio", Math.round(1e4 * clipped / (double) total) / 1e4)));
        }
    }
}
