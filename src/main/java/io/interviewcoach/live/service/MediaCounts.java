package io.interviewcoach.live.service;

import java.util.concurrent.atomic.AtomicLong;

import io.interviewcoach.analysis.CaptureCounts;
import io.interviewcoach.live.metrics.LiveMetrics;
import io.interviewcoach.live.protocol.ServerMessage;
import io.interviewcoach.measure.Rounding;

/**
 * What one session received, analysed and dropped, counted for its status messages and its report, and for the
 * process's meters at the same time.
 */
final class MediaCounts {
    private final LiveMetrics metrics;
    private final AtomicLong framesReceived = new AtomicLong();
    private final AtomicLong framesDropped = new AtomicLong();
    private final AtomicLong framesAnalyzed = new AtomicLong();
    private final AtomicLong audioChunksReceived = new AtomicLong();

    MediaCounts(LiveMetrics metrics) {
        this.metrics = metrics;
    }

    void frameReceived() {
        framesReceived.incrementAndGet();
        metrics.frameReceived();
    }

    void frameDropped() {
        framesDropped.incrementAndGet();
        metrics.frameDropped();
    }

    void framesAnalyzed(int n) {
        framesAnalyzed.addAndGet(n);
        metrics.framesAnalyzed(n);
    }

    void audioChunkReceived() {
        audioChunksReceived.incrementAndGet();
        metrics.audioChunk();
    }

    long analyzed() {
        return framesAnalyzed.get();
    }

    long dropped() {
        return framesDropped.get();
    }

    /** The status message: these counts, the analysis rate now, and what the timeline knows of the audio. */
    ServerMessage.Status status(int fps, LiveTimeline timeline) {
        Double lag = timeline.audioLagSec();
        if (lag != null) {
            metrics.audioLag(lag);
        }
        return new ServerMessage.Status(fps, framesReceived.get(), framesAnalyzed.get(), framesDropped.get(),
                audioChunksReceived.get(), 0, timeline.audioGapsFilled(), lag == null ? null : Rounding.round(lag, 3));
    }

    /** What the report says was captured, up to {@code mediaEndSec}. */
    CaptureCounts capture(LiveTimeline timeline, double mediaEndSec) {
        return new CaptureCounts((int) framesAnalyzed.get(), timeline.framesUnreadable(), (int) framesDropped.get(),
                mediaEndSec);
    }
}
