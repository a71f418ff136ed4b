package io.interviewcoach.face.detection;

/**
 * Anchor centres of MediaPipe's SSD anchor scheme with a fixed anchor size (every anchor is 1x1 in
 * normalised units, so only the centres matter). Consecutive layers with the same stride share one
 * feature map and stack their anchors per cell, as in MediaPipe's SsdAnchorsCalculator.
 */
public final class SsdAnchors {
    private SsdAnchors() {
    }

    /**
     * @param inputSize       square model input side in pixels
     * @param strides         stride of every layer
     * @param anchorsPerLayer anchors each layer puts in a cell (2 when the interpolated scale is on)
     * @param offset          anchor centre offset inside a cell (0.5 = cell centre)
     * @return centres as {x0, y0, x1, y1, ...}, normalised to 0..1
     */
    public static float[] centers(int inputSize, int[] strides, int anchorsPerLayer, double offset) {
        int total = 0;
        for (int layer = 0; layer < strides.length; ) {
            int same = sameStrideRun(strides, layer);
            int cells = (int) Math.ceil((double) inputSize / strides[layer]);
            total += cells * cells * same * anchorsPerLayer;
            layer += same;
        }
        float[] out = new float[total * 2];
        int i = 0;
        for (int layer = 0; layer < strides.length; ) {
            int same = sameStrideRun(strides, layer);
            int cells = (int) Math.ceil((double) inputSize / strides[layer]);
            for (int y = 0; y < cells; y++) {
                for (int x = 0; x < cells; x++) {
                    for (int a = 0; a < same * anchorsPerLayer; a++) {
                        out[i++] = (float) ((x + offset) / cells);
                        out[i++] = (float) ((y + offset) / cells);
                    }
                }
            }
            layer += same;
        }
        return out;
    }

    private static int sameStrideRun(int[] strides, int from) {
        int n = 1;
        while (from + n < strides.length && strides[from + n] == strides[from]) {
            n++;
        }
        return n;
    }
}
