package io.interviewcoach.report;

import java.util.List;

/**
 * The report's `analysis` section: how the media was analysed. {@code processingSec} is decode + analysis
 * wall time, model loading excluded.
 */
public record AnalysisInfo(
        double fps,
        double windowSec,
        int framesAnalyzed,
        int framesUnreadable,
        double processingSec,
        List<ModelUse> models) {

    public record ModelUse(String id, String version, String sha256) {}
}
