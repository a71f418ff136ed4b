package io.interviewcoach.inference;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.bytedeco.javacpp.PointerScope;
import org.bytedeco.opencv.global.opencv_core;
import org.bytedeco.opencv.global.opencv_dnn;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.MatVector;
import org.bytedeco.opencv.opencv_core.StringVector;
import org.bytedeco.opencv.opencv_dnn.Net;

/**
 * A .tflite model run by OpenCV DNN. A {@link Net} is not thread-safe, so the model keeps a bounded pool
 * of nets loaded once; callers borrow one per inference and block when all are busy.
 */
public final class OpenCvModel implements AutoCloseable {
    static {
        // One thread per inference, as for ONNX Runtime: several streams (and face beside pose) already keep every
        // core busy, and OpenCV's own worker threads cost about a third more CPU per pose inference on 2 cores.
        opencv_core.setNumThreads(1);
    }

    private final String name;
    private final InstancePool<Net> pool;
    private final List<String> outputNames;

    public OpenCvModel(String name, Path file, int poolSize, List<String> outputNames) {
        this.name = name;
        List<Net> nets = new ArrayList<>(poolSize);
        for (int i = 0; i < poolSize; i++) {
            Net net = load(file);
            net.setPreferableBackend(opencv_dnn.DNN_BACKEND_OPENCV);
            net.setPreferableTarget(opencv_dnn.DNN_TARGET_CPU);
            nets.add(net);
        }
        this.pool = new InstancePool<>(name, nets);
        this.outputNames = outputNames == null || outputNames.isEmpty() ? unconnectedOutputs(nets.get(0)) : List.copyOf(outputNames);
    }

    private Net load(Path file) {
        try {
            Net net = opencv_dnn.readNetFromTFLite(file.toString());
            if (net == null || net.empty()) {
                throw new ModelLoadException(name + ": OpenCV could not load " + file);
            }
            return net;
        } catch (RuntimeException e) {
            if (e instanceof ModelLoadException mle) {
                throw mle;
            }
            throw new ModelLoadException(name + ": OpenCV could not load " + file + " (" + e.getMessage() + ")", e);
        }
    }

    private static List<String> unconnectedOutputs(Net net) {
        StringVector names = net.getUnconnectedOutLayersNames();
        List<String> out = new ArrayList<>();
        for (long i = 0; i < names.size(); i++) {
            out.add(names.get(i).getString());
        }
        return out;
    }

    public String name() {
        return name;
    }

    public List<String> outputNames() {
        return outputNames;
    }

    /** Runs one inference; native memory allocated inside is released when this returns. */
    public <I, O> O predict(I input, NetTranslator<I, O> translator) {
        return pool.use(net -> run(net, input, translator));
    }

    private <I, O> O run(Net net, I input, NetTranslator<I, O> translator) {
        try (PointerScope scope = new PointerScope()) {
            Mat blob = translator.preprocess(input);
            net.setInput(blob);
            MatVector outs = new MatVector();
            StringVector names = new StringVector(outputNames.toArray(new String[0]));
            long t0 = InferenceTimings.start();
            net.forward(outs, names);
            InferenceTimings.record(name, t0);
            List<Mat> outputs = new ArrayList<>((int) outs.size());
            for (long i = 0; i < outs.size(); i++) {
                outputs.add(outs.get(i));
            }
            return translator.postprocess(input, outputs);
        }
    }

    /** Frees the nets once no inference runs on them (see {@link InstancePool#close}). */
    @Override
    public void close() {
        pool.close(Net::close);
    }
}
