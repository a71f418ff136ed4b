package io.interviewcoach.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.interviewcoach.inference.Batcher.BatchCounts;

class InferenceReportTest {
    @Test
    void theMeanBatchSizeCountsOnlyWhatRanBetweenTheSnapshots() {
        Map<String, BatchCounts> before = Map.of("iris-landmark", new BatchCounts(10, 10));
        Map<String, BatchCounts> after = Map.of("iris-landmark", new BatchCounts(14, 22), "other", new BatchCounts(0, 0));
        assertEquals("    mean batch size: 3.00 (iris-landmark 12 requests in 4 inferences)", InferenceReport.batchLine(before, after));
        assertEquals("    mean batch size: - (no batched inference ran)", InferenceReport.batchLine(after, after));
    }
}
