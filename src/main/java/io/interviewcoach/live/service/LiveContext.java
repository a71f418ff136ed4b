package io.interviewcoach.live.service;

import java.util.concurrent.Executor;
import java.util.function.Consumer;

import io.interviewcoach.analysis.AnalysisSessionFactory;
import io.interviewcoach.live.metrics.LiveMetrics;
import io.interviewcoach.pipeline.StreamRegistry;

/**
 * What every live session shares: the analysis path, the process's streams, the decode pool, meters, cues, cost, and
 * the journal the storage adapters listen to.
 */
record LiveContext(AnalysisSessionFactory factory, StreamRegistry streams, Executor decodePool, LiveMetrics metrics,
        LiveCues.Factory cues, CostEstimate cost, SessionJournal journal, Consumer<LiveSession> onFinished) {

    void finished(LiveSession session) {
        onFinished.accept(session);
    }
}
