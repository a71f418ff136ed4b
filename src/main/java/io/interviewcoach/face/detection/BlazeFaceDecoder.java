package io.interviewcoach.face.detection;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Turns BlazeFace's raw outputs into faces: boxes and keypoints relative to the anchors (offsets in input
 * pixels, divided by the input size), sigmoid scores, then MediaPipe's weighted non-max suppression
 * (overlapping candidates are averaged, weighted by score, instead of dropped), mapped to frame pixels.
 */
public final class BlazeFaceDecoder {
    private static final int VALUES_PER_ANCHOR = 16;
    private static final int KEYPOINTS = 6;

    private final BlazeFaceConfig config;
    private final float[] anchors;

    public BlazeFaceDecoder(BlazeFaceConfig config) {
        this.config = config;
        this.anchors = SsdAnchors.centers(config.inputSize(), config.strides(), config.anchorsPerLayer(), 0.5);
    }

    public int anchorCount() {
        return anchors.length / 2;
    }

    /**
     * @param regressors {@code anchorCount x 16} values: box centre dx, dy, w, h, then 6 keypoints x, y
     * @param logits     {@code anchorCount} classifier logits
     */
    public List<FaceDetection> decode(float[] regressors, float[] logits, Letterbox letterbox) {
        int n = anchorCount();
        if (logits.length < n || regressors.length < n * VALUES_PER_ANCHOR) {
            throw new IllegalArgumentException("expected " + n + " anchors, got " + logits.length + " scores and "
                    + regressors.length / VALUES_PER_ANCHOR + " boxes");
        }
        float scale = config.inputSize();
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            float score = sigmoid(logits[i]);
            if (score < config.minScore()) {
                continue;
            }
            int r = i * VALUES_PER_ANCHOR;
            float ax = anchors[2 * i];
            float ay = anchors[2 * i + 1];
            double[] v = new double[4 + 2 * KEYPOINTS];
            double cx = regressors[r] / scale + ax;
            double cy = regressors[r + 1] / scale + ay;
            double w = regressors[r + 2] / scale;
            double h = regressors[r + 3] / scale;
            v[0] = cx - w / 2;
            v[1] = cy - h / 2;
            v[2] = w;
            v[3] = h;
            for (int k = 0; k < KEYPOINTS; k++) {
                v[4 + 2 * k] = regressors[r + 4 + 2 * k] / scale + ax;
                v[5 + 2 * k] = regressors[r + 5 + 2 * k] / scale + ay;
            }
            if (w > 0 && h > 0) {
                candidates.add(new Candidate(score, v));
            }
        }
        List<FaceDetection> out = new ArrayList<>();
        for (Candidate c : weightedNms(candidates)) {
            out.add(toFrame(c, letterbox));
        }
        return out;
    }

    private List<Candidate> weightedNms(List<Candidate> candidates) {
        candidates.sort((a, b) -> Float.compare(b.score, a.score));
        boolean[] used = new boolean[candidates.size()];
        List<Candidate> kept = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            if (used[i]) {
                continue;
            }
            Candidate best = candidates.get(i);
            double[] sum = new double[best.values.length];
            double weight = 0;
            for (int j = i; j < candidates.size(); j++) {
                if (used[j]) {
                    continue;
                }
                Candidate c = candidates.get(j);
                if (j == i || iou(best.values, c.values) > config.nmsIou()) {
                    used[j] = true;
                    for (int k = 0; k < sum.length; k++) {
                        sum[k] += c.values[k] * c.score;
                    }
                    weight += c.score;
                }
            }
            for (int k = 0; k < sum.length; k++) {
                sum[k] /= weight;
            }
            kept.add(new Candidate(best.score, sum));
        }
        return kept;
    }

    private static FaceDetection toFrame(Candidate c, Letterbox lb) {
        double[] v = c.values;
        double x0 = lb.toFrameX(v[0]);
        double y0 = lb.toFrameY(v[1]);
        Box box = new Box(x0, y0, lb.toFrameX(v[0] + v[2]) - x0, lb.toFrameY(v[1] + v[3]) - y0);
        List<Point> keypoints = new ArrayList<>(KEYPOINTS);
        for (int k = 0; k < KEYPOINTS; k++) {
            keypoints.add(new Point(lb.toFrameX(v[4 + 2 * k]), lb.toFrameY(v[5 + 2 * k])));
        }
        return new FaceDetection(box, c.score, keypoints);
    }

    private static double iou(double[] a, double[] b) {
        double ix = Math.min(a[0] + a[2], b[0] + b[2]) - Math.max(a[0], b[0]);
        double iy = Math.min(a[1] + a[3], b[1] + b[3]) - Math.max(a[1], b[1]);
        if (ix <= 0 || iy <= 0) {
            return 0;
        }
        double inter = ix * iy;
        return inter / (a[2] * a[3] + b[2] * b[3] - inter);
    }

    static float sigmoid(float logit) {
        float clipped = Math.max(-100f, Math.min(100f, logit));
        return (float) (1 / (1 + Math.exp(-clipped)));
    }

    private record Candidate(float score, double[] values) {
        @Override
        public String toString() {
            return score + " " + Arrays.toString(values);
        }
    }
}
