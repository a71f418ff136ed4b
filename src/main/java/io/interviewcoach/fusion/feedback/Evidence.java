package io.interviewcoach.fusion.feedback;

import java.util.List;

/**
 * What a tip or strength rests on: the measured {@code value} of {@code metric} (in {@code unit}), the
 * {@code target} band, and where in the recording it showed (may be empty when nothing points at a moment).
 */
public record Evidence(String metric, double value, String unit, String target, List<TimeRange> timeRanges) {
    public Evidence {
        timeRanges = timeRanges == null ? List.of() : List.copyOf(timeRanges);
    }
}
