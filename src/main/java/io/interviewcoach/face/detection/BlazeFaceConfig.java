package io.interviewcoach.face.detection;

/**
 * Geometry and thresholds of a BlazeFace variant, as in MediaPipe's face_detection graphs.
 *
 * @param inputSize       square input side (pixels)
 * @param strides         SSD layer strides
 * @param anchorsPerLayer anchors per cell per layer
 * @param minScore        detections below this sigmoid score are dropped
 * @param nmsIou          boxes overlapping the best one by more than this IoU are merged into it
 */
public record BlazeFaceConfig(int inputSize, int[] strides, int anchorsPerLayer, float minScore, float nmsIou) {
    /** face_detection_short_range: 128x128, 896 anchors, faces within about 2 m. */
    public static final BlazeFaceConfig SHORT_RANGE = new BlazeFaceConfig(128, new int[] {8, 16, 16, 16}, 2, 0.5f, 0.3f);
    /** face_detection_full_range: 192x192, one anchor per cell of a 48x48 grid, faces up to about 5 m. */
    public static final BlazeFaceConfig FULL_RANGE = new BlazeFaceConfig(192, new int[] {4}, 1, 0.6f, 0.3f);
}
