package io.interviewcoach.inference;

import java.time.Duration;

/**
 * How models run in this process: the device asked for (and which GPU), and cross-request batching: a request waits
 * up to {@code batchWindow} for others to the same model (zero turns batching off), at most {@code maxBatch} per
 * inference.
 */
public record InferenceSettings(ComputeDevice device, int deviceId, Duration batchWindow, int maxBatch) {
    public InferenceSettings {
        if (deviceId < 0) {
            throw new IllegalArgumentException("inference device id must be >= 0, got " + deviceId);
        }
        if (batchWindow.isNegative()) {
            throw new IllegalArgumentException("inference batch window must not be negative, got " + batchWindow);
        }
        if (maxBatch < 1) {
            throw new IllegalArgumentException("inference max batch must be >= 1, got " + maxBatch);
        }
    }

    /** The CPU, no batching: what a process that was never configured uses. */
    public static InferenceSettings cpu() {
        return new InferenceSettings(ComputeDevice.CPU, 0, Duration.ZERO, 1);
    }

    /**
     * Batching by default where it pays: on a GPU one inference of many inputs costs about as much as one of a single
     * input; on the CPU it saves little and the window adds latency (docs/adr/0016-gpu-inference.md).
     */
    public static Duration defaultBatchWindow(ComputeDevice device) {
        return device == ComputeDevice.CUDA ? Duration.ofMillis(2) : Duration.ZERO;
    }

    public boolean batching() {
        return !batchWindow.isZero() && maxBatch > 1;
    }
}
