package io.interviewcoach.bench;

import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;

import io.interviewcoach.inference.BatchStats;
import io.interviewcoach.inference.Batcher.BatchCounts;
import io.interviewcoach.inference.InferenceSettings;
import io.interviewcoach.inference.OnnxDevice;

/** The lines the benches print about where the models ran and how they were batched. */
final class InferenceReport {
    private InferenceReport() {
    }

    static String deviceLine() {
        InferenceSettings s = OnnxDevice.settings();
        String batching = s.batching()
                ? String.format(Locale.ROOT, "batching window %.1f ms, max %d", s.batchWindow().toNanos() / 1e6, s.maxBatch())
                : "batching off";
        return "onnx device: " + OnnxDevice.status().describe() + "; .tflite models: cpu (OpenCV DNN); " + batching;
    }

    /** Mean requests per inference of each batched model between two snapshots of {@link BatchStats}. */
    static String batchLine(Map<String, BatchCounts> before, Map<String, BatchCounts> after) {
        StringJoiner models = new StringJoiner(", ");
        long batches = 0;
        long requests = 0;
        for (Map.Entry<String, BatchCounts> e : after.entrySet()) {
            BatchCounts b = before.getOrDefault(e.getKey(), new BatchCounts(0, 0));
            long n = e.getValue().batches() - b.batches();
            long r = e.getValue().requests() - b.requests();
            if (n > 0) {
                models.add(String.format(Locale.ROOT, "%s %d requests in %d inferences", e.getKey(), r, n));
                batches += n;
                requests += r;
            }
        }
        if (batches == 0) {
            return "    mean batch size: - (no batched inference ran)";
        }
        return String.format(Locale.ROOT, "    mean batch size: %.2f (%s)", (double) requests / batches, models);
    }
}
