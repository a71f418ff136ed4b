package io.interviewcoach.inference;

import java.util.List;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtProvider;
import ai.onnxruntime.OrtSession;
import io.interviewcoach.inference.ProtoWire.Field;

/**
 * Finds out whether ONNX Runtime can run models on a CUDA device, and if not, why, in the words an operator needs:
 * a CPU-only ONNX Runtime on the classpath, CUDA/cuDNN libraries that do not load, or no usable device or driver.
 * The last is only known when a session starts on the device, so the probe opens one on a one-node model.
 */
final class CudaProbe {
    private CudaProbe() {
    }

    /** Null when a session runs on CUDA device {@code deviceId}; otherwise the reason it cannot. */
    static String failure(int deviceId) {
        try {
            if (!OrtEnvironment.getAvailableProviders().contains(OrtProvider.CUDA)) {
                return "this ONNX Runtime is the CPU-only build (com.microsoft.onnxruntime:onnxruntime); build with -Pgpu for onnxruntime_gpu";
            }
        } catch (RuntimeException | LinkageError e) {
            return "ONNX Runtime did not load: " + e.getMessage();
        }
        OrtEnvironment env = OrtEnvironment.getEnvironment();
        try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
            try {
                options.addCUDA(deviceId);
            } catch (OrtException | RuntimeException | LinkageError e) {
                return "the CUDA execution provider did not load (CUDA 12 / cuDNN 9 libraries missing?): " + oneLine(e);
            }
            try (OrtSession session = env.createSession(identityModel(), options)) {
                return null;
            } catch (OrtException | RuntimeException e) {
                return "no usable CUDA device " + deviceId + " or driver: " + oneLine(e);
            }
        }
    }

    static String oneLine(Throwable e) {
        String m = String.valueOf(e.getMessage());
        int nl = m.indexOf('\n');
        return (nl < 0 ? m : m.substring(0, nl)).strip();
    }

    /** The smallest valid ONNX model: y = Identity(x), x a float tensor of one element (opset 13). */
    static byte[] identityModel() {
        List<Field> valueType = List.of(Field.message(1, List.of(Field.varint(1, 1),
                Field.message(2, List.of(Field.message(1, List.of(Field.varint(1, 1))))))));
        List<Field> graph = List.of(
                Field.message(1, List.of(Field.string(1, "x"), Field.string(2, "y"), Field.string(4, "Identity"))),
                Field.string(2, "cuda-probe"),
                Field.message(11, List.of(Field.string(1, "x"), Field.message(2, valueType))),
                Field.message(12, List.of(Field.string(1, "y"), Field.message(2, valueType))));
        return ProtoWire.write(List.of(Field.varint(1, 7), Field.message(7, graph),
                Field.message(8, List.of(Field.string(1, ""), Field.varint(2, 13)))));
    }
}
