package io.interviewcoach.analysis;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.interviewcoach.config.CoachConfig;
import io.interviewcoach.inference.BatchStats;
import io.interviewcoach.inference.ComputeDevice;
import io.interviewcoach.inference.InferenceSettings;
import io.interviewcoach.inference.OnnxDevice;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;

/**
 * Hands `coach.inference.*` to the engine before any model loads (every command and the server), says once at start
 * where the ONNX models run when a GPU was asked for (the CUDA probe logs it), and publishes the device in use and the
 * mean batch size as gauges.
 */
@ApplicationScoped
public class InferenceStartup {
    void configure(@Observes @Priority(1) StartupEvent event, CoachConfig config, MeterRegistry registry) {
        CoachConfig.Inference c = config.inference();
        OnnxDevice.configure(new InferenceSettings(c.device(), c.deviceId(),
                c.batchWindow().orElse(InferenceSettings.defaultBatchWindow(c.device())), c.maxBatch()));
        if (c.device() == ComputeDevice.CUDA) {
            OnnxDevice.status();
        }
        for (ComputeDevice d : ComputeDevice.values()) {
            Gauge.builder("coach.inference.device", () -> OnnxDevice.status().actual() == d ? 1 : 0)
                    .description("1 for the device the ONNX models run on (after any fallback to the CPU)")
                    .tag("device", d.name().toLowerCase(java.util.Locale.ROOT)).register(registry);
        }
        Gauge.builder("coach.inference.batch.mean.size", BatchStats::meanBatchSize)
                .description("Requests per inference of the batched models since start (0: no batching)").register(registry);
    }
}
