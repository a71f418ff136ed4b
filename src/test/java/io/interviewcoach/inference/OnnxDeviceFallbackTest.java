package io.interviewcoach.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import io.interviewcoach.config.CoachConfig;
import io.interviewcoach.models.ModelCatalog;
import io.interviewcoach.testsupport.TestAssets;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;

/**
 * Asking for CUDA where there is none (this machine: no GPU; the default build: the CPU-only ONNX Runtime) runs the
 * models on the CPU with the reason recorded, never a crash; the configuration refuses an unknown device.
 */
class OnnxDeviceFallbackTest {
    @AfterEach
    void backToTheDefault() {
        OnnxDevice.configure(InferenceSettings.cpu());
    }

    @Test
    void cudaWithoutAGpuFallsBackToTheCpuAndSaysWhy() {
        OnnxDevice.configure(new InferenceSettings(ComputeDevice.CUDA, 0, Duration.ZERO, 1));
        DeviceStatus status = OnnxDevice.status();
        assertEquals(ComputeDevice.CUDA, status.requested());
        assertEquals(ComputeDevice.CPU, status.actual(), "no GPU on this machine: " + status);
        assertTrue(status.detail().contains("CPU-only build") || status.detail().contains("CUDA execution provider did not load")
                || status.detail().contains("no usable CUDA device"), status.detail());
        assertTrue(status.describe().startsWith("cpu (cuda asked for: "), status.describe());

        try (OnnxModel model = new OnnxModel("iris-fallback", TestAssets.models().require(ModelCatalog.IRIS_LANDMARK), 1)) {
            assertTrue(!model.device().isGpu(), model.device().toString());
            float[] out = model.predict("grey", new GreyEye());
            assertEquals(15, out.length);
        }
    }

    @Test
    void theProbeModelIsAValidOnnxGraph() throws Exception {
        var env = ai.onnxruntime.OrtEnvironment.getEnvironment();
        try (var session = env.createSession(CudaProbe.identityModel(), new ai.onnxruntime.OrtSession.SessionOptions())) {
            assertEquals(java.util.Set.of("x"), session.getInputNames());
        }
    }

    @Test
    void theConfigurationTakesCpuAndCudaAndRefusesAnythingElse() {
        assertEquals(ComputeDevice.CUDA, config(Map.of("coach.inference.device", "cuda")).inference().device());
        assertEquals(ComputeDevice.CPU, config(Map.of()).inference().device());
        assertTrue(config(Map.of()).inference().batchWindow().isEmpty());
        Exception e = assertThrows(RuntimeException.class, () -> config(Map.of("coach.inference.device", "gpu")));
        assertTrue(String.valueOf(e.getMessage()).contains("coach.inference.device"), e.getMessage());
    }

    private static CoachConfig config(Map<String, String> values) {
        SmallRyeConfig c = new SmallRyeConfigBuilder().withMapping(CoachConfig.class)
                .withConverter(java.time.Duration.class, 200, new io.quarkus.runtime.configuration.DurationConverter())
                .withSources(new PropertiesConfigSource(values, "test", 500)).build();
        return c.getConfigMapping(CoachConfig.class);
    }

    /** A uniform grey 64x64 crop: enough to run the model end to end on whatever device it landed on. */
    private static final class GreyEye implements OnnxTranslator<String, float[]> {
        @Override
        public NDList preprocess(NDManager manager, String input) {
            float[] data = new float[3 * 64 * 64];
            java.util.Arrays.fill(data, 0.5f);
            return new NDList(manager.create(data, new Shape(1, 3, 64, 64)));
        }

        @Override
        public float[] postprocess(String input, NDList outputs) {
            NDList sorted = outputs;
            return (sorted.get(0).size() < sorted.get(1).size() ? sorted.get(0) : sorted.get(1)).toFloatArray();
        }
    }
}
