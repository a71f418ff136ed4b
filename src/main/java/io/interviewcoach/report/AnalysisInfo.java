package io.interviewcoach.report;

import java.util.List;

/**
 * The report's `analysis` section: how the media was analysed. {@code processingSec} is decode + analysis
 * wall time, model loading excluded. {@code analyzedDurationSec} is where the decoded media ends (short of
 * {@code media.durationSec} when the file is truncated); {@code framesLost} counts video frames missing
 * between the first and the last decoded one (damaged bytes), estimated from the stream's frame rate.
 */
public record AnalysisInfo(
        double fps,
        double windowSec,
        int framesAnalyzed,
        int framesUnreadable,
        int framesLost,
        Double analyzedDurationSec,
        double processingSec,
        List<ModelUse> models) {

    public record ModelUse(String id, String version, String sha256) {}
}
