package io.interviewcoach.observability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.interviewcoach.analysis.AnalyzerModels;
import io.interviewcoach.models.ModelCatalog;
import io.interviewcoach.models.ModelMissingException;
import io.interviewcoach.models.ModelStore;
import io.interviewcoach.pose.PoseModels;
import io.interviewcoach.testsupport.TestAssets;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/** coach.models.load.failures counts each failed load under the model that failed, and nothing for a good load. */
class ModelLoadMetricsTest {
    @Test
    void eachFailedLoadIsCountedUnderItsModel(@TempDir Path empty) {
        MeterRegistry registry = new SimpleMeterRegistry();
        try (AnalyzerModels models = new AnalyzerModels(new ModelStore(empty), 1, new ModelLoadMetrics(registry))) {
            assertEquals(ModelCatalog.ids().size(), registry.find(ModelLoadMetrics.NAME).counters().size(),
                    "every model's counter exists before any failure");
            assertThrows(ModelMissingException.class, models::face);
            assertThrows(ModelMissingException.class, () -> models.pose(PoseModels.Variant.LITE)); // needs face first
            assertThrows(ModelMissingException.class, models::vad);
            assertThrows(ModelMissingException.class, models::vad); // tried again, counted again
            assertEquals(2.0, failures(registry, ModelCatalog.FACE_DETECTION_SHORT.id()));
            assertEquals(2.0, failures(registry, ModelCatalog.SILERO_VAD.id()));
            assertEquals(0.0, failures(registry, ModelCatalog.POSE_LANDMARK_LITE.id()));
        }
    }

    @Test
    void aGoodLoadCountsNothing() {
        MeterRegistry registry = new SimpleMeterRegistry();
        try (AnalyzerModels models = new AnalyzerModels(TestAssets.models(), 1, new ModelLoadMetrics(registry))) {
            models.vad();
            assertEquals(0.0, registry.find(ModelLoadMetrics.NAME).counters().stream().mapToDouble(c -> c.count()).sum());
        }
    }

    private static double failures(MeterRegistry registry, String model) {
        return registry.get(ModelLoadMetrics.NAME).tag("model", model).counter().count();
    }
}
