package io.interviewcoach.inference;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import ai.djl.inference.Predictor;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.translate.TranslateException;
import io.interviewcoach.inference.Batcher.Outcome;
import io.interviewcoach.inference.OnnxModel.Request;

/**
 * One batch of requests to an ONNX model: each request's tensors (batch 1) are stacked along the first axis, the model
 * runs once, and its outputs are cut back into one slice per request for that request's translator. A request whose
 * pre- or post-processing fails gets its own error; if the batched inference fails as a whole, each request is run on
 * its own, so only the one the model cannot take fails.
 */
final class BatchRun {
    private final String model;
    private final Predictor<NDList, NDList> predictor;
    private final NDManager manager;

    BatchRun(String model, Predictor<NDList, NDList> predictor, NDManager manager) {
        this.model = model;
        this.predictor = predictor;
        this.manager = manager;
    }

    List<Outcome<Object>> run(List<Request<?, ?>> requests) {
        List<Outcome<Object>> outcomes = new ArrayList<>(java.util.Collections.nCopies(requests.size(), null));
        List<Integer> ready = new ArrayList<>();
        List<NDList> inputs = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            try {
                inputs.add(translator(requests.get(i)).preprocess(manager, requests.get(i).input()));
                ready.add(i);
            } catch (RuntimeException e) {
                outcomes.set(i, Outcome.failed(e));
            }
        }
        if (ready.size() > 1 && stackable(inputs)) {
            try {
                List<NDList> parts = split(forward(stack(inputs), ready.size()), ready.size());
                for (int j = 0; j < ready.size(); j++) {
                    outcomes.set(ready.get(j), post(requests.get(ready.get(j)), parts.get(j)));
                }
                return outcomes;
            } catch (RuntimeException e) {
                // fall through: one request at a time, so that only the request the model cannot take fails
            }
        }
        for (int j = 0; j < ready.size(); j++) {
            Request<?, ?> r = requests.get(ready.get(j));
            try {
                outcomes.set(ready.get(j), post(r, forward(inputs.get(j), 1)));
            } catch (RuntimeException e) {
                outcomes.set(ready.get(j), Outcome.failed(e));
            }
        }
        return outcomes;
    }

    @SuppressWarnings("unchecked")
    private static OnnxTranslator<Object, Object> translator(Request<?, ?> r) {
        return (OnnxTranslator<Object, Object>) r.translator();
    }

    private static Outcome<Object> post(Request<?, ?> r, NDList out) {
        try {
            return Outcome.of(translator(r).postprocess(r.input(), out));
        } catch (RuntimeException e) {
            return Outcome.failed(e);
        }
    }

    private NDList forward(NDList in, int count) {
        long t0 = InferenceTimings.start();
        try {
            NDList out = predictor.predict(in);
            out.attach(manager);
            return out;
        } catch (TranslateException e) {
            throw new IllegalStateException(model + " inference failed: " + e.getMessage(), e);
        } finally {
            InferenceTimings.record(model, t0, count);
        }
    }

    /** Same number of float tensors in every request, each of batch 1 and of the same shape as the others'. */
    private static boolean stackable(List<NDList> inputs) {
        NDList first = inputs.get(0);
        for (NDList in : inputs) {
            if (in.size() != first.size()) {
                return false;
            }
            for (int k = 0; k < in.size(); k++) {
                NDArray a = in.get(k);
                Shape s = a.getShape();
                if (a.getDataType() != DataType.FLOAT32 || s.dimension() == 0 || s.get(0) != 1 || !s.equals(first.get(k).getShape())) {
                    return false;
                }
            }
        }
        return true;
    }

    private NDList stack(List<NDList> inputs) {
        NDList batch = new NDList();
        for (int k = 0; k < inputs.get(0).size(); k++) {
            Shape one = inputs.get(0).get(k).getShape();
            int size = Math.toIntExact(one.size());
            float[] data = new float[size * inputs.size()];
            for (int i = 0; i < inputs.size(); i++) {
                System.arraycopy(inputs.get(i).get(k).toFloatArray(), 0, data, i * size, size);
            }
            long[] dims = one.getShape().clone();
            dims[0] = inputs.size();
            batch.add(manager.create(data, new Shape(dims)));
        }
        return batch;
    }

    private List<NDList> split(NDList out, int count) {
        List<NDList> parts = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            parts.add(new NDList());
        }
        for (NDArray a : out) {
            Shape s = a.getShape();
            if (s.dimension() == 0 || s.get(0) != count) {
                throw new IllegalStateException(model + ": output of shape " + s + " for a batch of " + count);
            }
            float[] all = a.toFloatArray();
            int size = all.length / count;
            long[] dims = s.getShape().clone();
            dims[0] = 1;
            for (int i = 0; i < count; i++) {
                parts.get(i).add(manager.create(Arrays.copyOfRange(all, i * size, (i + 1) * size), new Shape(dims)));
            }
        }
        return parts;
    }
}
