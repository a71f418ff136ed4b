package io.interviewcoach.face.mesh;

/**
 * The 468 face-mesh landmarks of one face in frame pixels: {@code points} holds x, y, z per landmark
 * (z: depth relative to the face centre, same scale as x, smaller = nearer the camera).
 *
 * @param presence face-presence probability 0..1 the model reports for its crop
 * @param roi      the region the landmarks were read from
 */
public record FaceMesh(float[] points, float presence, FaceRoi roi) {
    public static final int LANDMARKS = 468;

    public double x(int i) {
        return points[3 * i];
    }

    public double y(int i) {
        return points[3 * i + 1];
    }

    public double z(int i) {
        return points[3 * i + 2];
    }

    /**
     * The region for the next frame (MediaPipe's landmarks-to-ROI): the landmarks' bounding box centre,
     * rotation from the outer eye corners (33 → 263), side = 1.5 x the box's long side.
     */
    public FaceRoi nextRoi() {
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (int i = 0; i < LANDMARKS; i++) {
            double px = x(i);
            double py = y(i);
            minX = Math.min(minX, px);
            maxX = Math.max(maxX, px);
            minY = Math.min(minY, py);
            maxY = Math.max(maxY, py);
        }
        double angle = Math.atan2(y(263) - y(33), x(263) - x(33));
        double side = Math.max(maxX - minX, maxY - minY) * FaceRoi.FACE_SCALE;
        return new FaceRoi((minX + maxX) / 2, (minY + maxY) / 2, side, angle);
    }
}
