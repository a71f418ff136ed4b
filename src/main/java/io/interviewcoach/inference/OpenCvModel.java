package io.interviewcoach.inference;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

import org.bytedeco.javacpp.PointerScope;
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
    private final String name;
    private final BlockingQueue<Net> pool;
    private final List<Net> all = new ArrayList<>();
    private final List<String> outputNames;

    public OpenCvModel(String name, Path file, int poolSize, List<String> outputNames) {
        this.name = name;
        this.pool = new ArrayBlockingQueue<>(poolSize);
        for (int i = 0; i < poolSize; i++) {
            Net net = load(file);
            net.setPreferableBackend(opencv_dnn.DNN_BACKEND_OPENCV);
            net.setPreferableTarget(opencv_dnn.DNN_TARGET_CPU);
            all.add(net);
            pool.add(net);
        }
        this.outputNames = outputNames == null || outputNames.isEmpty() ? unconnectedOutputs(all.get(0)) : List.copyOf(outputNames);
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
        Net net = borrow();
        try (PointerScope scope = new PointerScope()) {
            Mat blob = translator.preprocess(input);
            net.setInput(blob);
            MatVector outs = new MatVector();
            StringVector names = new StringVector(outputNames.toArray(new String[0]));
            long t0 = System.nanoTime();
            net.forward(outs, names);
            InferenceTimings.record(name, System.nanoTime() - t0);
            List<Mat> outputs = new ArrayList<>((int) outs.size());
            for (long i = 0; i < outs.size(); i++) {
                outputs.add(outs.get(i));
            }
            return translator.postprocess(input, outputs);
        } finally {
            pool.add(net);
        }
    }

    private Net borrow() {
        try {
            return pool.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + name, e);
        }
    }

    @Override
    public void close() {
        all.forEach(Net::close);
    }
}
