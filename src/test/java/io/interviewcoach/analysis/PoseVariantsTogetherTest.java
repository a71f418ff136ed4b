package io.interviewcoach.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import io.interviewcoach.inference.InferencePools;
import io.interviewcoach.media.ReadOptions;
import io.interviewcoach.pipeline.WorkerThreads;
import io.interviewcoach.pose.PoseModels;
import io.interviewcoach.report.AnalysisInfo.ModelUse;
import io.interviewcoach.report.Report;
import io.interviewcoach.testsupport.TestAssets;

/**
 * Streams with different pose variants share one AnalyzerModels (as the server's sessions do): loading the second
 * variant must not free the first while its stream still runs, and each report names the variant it used.
 */
class PoseVariantsTogetherTest {

    @Test
    void liteAndFullAnalysesAtOnceBothComplete() throws Exception {
        ExecutorService pool = WorkerThreads.inferencePool();
        ExecutorService callers = Executors.newFixedThreadPool(2);
        try (AnalyzerModels models = new AnalyzerModels(TestAssets.models(), InferencePools.defaultSize())) {
            RecordingAnalyzer analyzer = new RecordingAnalyzer(new AnalysisSessionFactory(models, pool, AnalyzerSettings.defaults()));
            CompletableFuture<Report> lite = CompletableFuture.supplyAsync(() -> analyze(analyzer, PoseModels.Variant.LITE), callers);
            CompletableFuture<Report> full = CompletableFuture.supplyAsync(() -> analyze(analyzer, PoseModels.Variant.FULL), callers);
            for (var entry : List.of(java.util.Map.entry(PoseModels.Variant.LITE, lite.get(5, TimeUnit.MINUTES)),
                    java.util.Map.entry(PoseModels.Variant.FULL, full.get(5, TimeUnit.MINUTES)))) {
                Report r = entry.getValue();
                String variant = entry.getKey().spec().id();
                assertTrue(r.analysis().framesAnalyzed() >= 55, variant + ": " + r.analysis().framesAnalyzed() + " frames");
                assertNotNull(r.metrics().posture().postureScore(), variant + " measured the posture");
                assertTrue(r.metrics().posture().visibleRatio() > 0.9, variant + ": person visible " + r.metrics().posture().visibleRatio());
                List<String> ids = r.analysis().models().stream().map(ModelUse::id).toList();
                assertTrue(ids.contains(variant), variant + " is named among " + ids);
                assertEquals(1, ids.stream().filter(id -> id.startsWith("pose-landmark")).count(), "one pose model in " + ids);
            }
        } finally {
            callers.shutdownNow();
            pool.shutdownNow();
        }
    }

    private static Report analyze(RecordingAnalyzer analyzer, PoseModels.Variant variant) {
        return analyzer.analyze(new AnalysisRequest(TestAssets.media("d3_first6s.mp4"), 10, 1.0,
                ReadOptions.DEFAULT_MAX_FRAME_SIDE, variant, null, null), io.interviewcoach.console.Progress.NONE);
    }
}
