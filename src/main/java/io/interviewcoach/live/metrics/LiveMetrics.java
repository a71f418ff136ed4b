package io.interviewcoach.live.metrics;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * The live service's Micrometer meters (Prometheus at /q/metrics): window latency (window end to message sent),
 * time per analyzer per window, frames received/analysed/dropped, audio chunks and lag, sessions active and
 * rejected, cues sent.
 */
public final class LiveMetrics {
    private final MeterRegistry registry;
    private final Timer windowLatency;
    private final Counter framesReceived;
    private final Counter framesAnalyzed;
    private final Counter framesDropped;
    private final Counter audioChunks;
    private final Counter audioGaps;
    private final DistributionSummary audioLag;
    private final Counter rejected;
    private final Counter cues;
    private final Counter errors;
    private final AtomicLong lastAudioLagMs = new AtomicLong();

    public LiveMetrics(MeterRegistry registry) {
        this.registry = registry;
        windowLatency = Timer.builder("coach.live.window.latency")
                .description("From the end of a window's media to its window message being sent")
                .publishPercentiles(0.5, 0.95, 0.99).publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(10)).maximumExpectedValue(Duration.ofSeconds(10))
                .register(registry);
        framesReceived = Counter.builder("coach.live.frames.received").register(registry);
        framesAnalyzed = Counter.builder("coach.live.frames.analyzed").register(registry);
        framesDropped = Counter.builder("coach.live.frames.dropped")
                .description("Video frames not analysed: under load, beyond the session's rate, or too old").register(registry);
        audioChunks = Counter.builder("coach.live.audio.chunks.received").register(registry);
        audioGaps = Counter.builder("coach.live.audio.gaps.filled")
                .description("Audio chunks missing from the sequence, filled with silence").register(registry);
        audioLag = DistributionSummary.builder("coach.live.audio.lag").baseUnit("seconds")
                .description("How far the audio received trails the newest video frame").register(registry);
        Gauge.builder("coach.live.audio.lag.last", lastAudioLagMs, v -> v.get() / 1000.0).baseUnit("seconds").register(registry);
        rejected = Counter.builder("coach.live.sessions.rejected").description("Sessions refused at capacity").register(registry);
        cues = Counter.builder("coach.live.cues.sent").register(registry);
        errors = Counter.builder("coach.live.protocol.errors").description("Client messages refused").register(registry);
    }

    /** Registers the gauges of the session registry. */
    public void sessions(Supplier<Number> active, Supplier<Number> capacity) {
        Gauge.builder("coach.live.sessions.active", active).register(registry);
        Gauge.builder("coach.live.sessions.capacity", capacity)
                .description("Sessions the measured per-window cost allows at once").register(registry);
    }

    public void windowLatency(long nanos) {
        windowLatency.record(Duration.ofNanos(nanos));
    }

    public void analyzerTime(String analyzer, long nanos) {
        Timer.builder("coach.live.analyzer.time").tag("analyzer", analyzer)
                .description("Time one analyzer spent on one window").register(registry).record(Duration.ofNanos(nanos));
    }

    public void frameReceived() {
        framesReceived.increment();
    }

    public void framesAnalyzed(int n) {
        framesAnalyzed.increment(n);
    }

    public void frameDropped() {
        framesDropped.increment();
    }

    public void audioChunk() {
        audioChunks.increment();
    }

    public void audioGaps(long n) {
        audioGaps.increment(n);
    }

    public void audioLag(double sec) {
        audioLag.record(sec);
        lastAudioLagMs.set(Math.round(sec * 1000));
    }

    public void rejected() {
        rejected.increment();
    }

    public void cueSent() {
        cues.increment();
    }

    public void protocolError() {
        errors.increment();
    }
}
