package io.interviewcoach.inference;

/**
 * The device ONNX models were asked to use and the one they really use, with the reason when the two differ
 * (for the startup log, benchmarks, metrics).
 */
public record DeviceStatus(ComputeDevice requested, ComputeDevice actual, int deviceId, String detail) {
    /** One line, e.g. {@code cuda:0} or {@code cpu (cuda asked for: no CUDA device ...)}. */
    public String describe() {
        String used = actual == ComputeDevice.CUDA ? "cuda:" + deviceId : "cpu";
        return requested == actual ? used : used + " (" + requested.name().toLowerCase(java.util.Locale.ROOT) + " asked for: " + detail + ")";
    }
}
