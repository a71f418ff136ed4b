package io.interviewcoach.live.service;

import java.util.Map;

import io.interviewcoach.analysis.AnalysisSession;
import io.interviewcoach.analysis.AnalysisSession.AnalyzerTime;
import io.interviewcoach.live.metrics.LiveMetrics;

/** After each window of a session: each analyzer's time on it (metrics) and the session's CPU cost (admission). */
final class AnalyzerCost {
    private static final AnalyzerTime NONE = new AnalyzerTime(0, 0);

    private final LiveMetrics metrics;
    private final CostEstimate cost;
    private Map<String, AnalyzerTime> before = Map.of();

    AnalyzerCost(LiveMetrics metrics, CostEstimate cost) {
        this.metrics = metrics;
        this.cost = cost;
    }

    /** @param rateScale configured fps / fps in use: a session at a reduced rate would otherwise look cheap */
    void afterWindow(AnalysisSession analysis, double windowSec, double rateScale) {
        Map<String, AnalyzerTime> now = analysis.analyzerTimes();
        long cpu = 0;
        for (var e : now.entrySet()) {
            AnalyzerTime was = before.getOrDefault(e.getKey(), NONE);
            metrics.analyzerTime(e.getKey(), e.getValue().wallNanos() - was.wallNanos());
            cpu += e.getValue().cpuNanos() - was.cpuNanos();
        }
        before = now;
        cost.add(cpu / 1e9 / windowSec * rateScale);
    }
}
