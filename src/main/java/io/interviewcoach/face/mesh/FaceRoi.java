package io.interviewcoach.face.mesh;

import io.interviewcoach.face.detection.FaceDetection;

/**
 * A rotated square region of the frame (pixels): centre, side, and the angle (radians, image coordinates,
 * y down) of its x axis. Crops are taken so that this axis becomes horizontal, i.e. for a face the eye line.
 */
public record FaceRoi(double centerX, double centerY, double size, double angle) {
    /** MediaPipe's enlargement of a face box into the landmark model's region. */
    public static final double FACE_SCALE = 1.5;

    /** From a detection: the box enlarged 1.5x (square on its long side), rotated so the eyes are level. */
    public static FaceRoi fromDetection(FaceDetection d) {
        var r = d.keypoint(FaceDetection.RIGHT_EYE);
        var l = d.keypoint(FaceDetection.LEFT_EYE);
        double angle = Math.atan2(l.y() - r.y(), l.x() - r.x());
        double side = Math.max(d.box().width(), d.box().height()) * FACE_SCALE;
        return new FaceRoi(d.box().centerX(), d.box().centerY(), side, angle);
    }

    /**
     * The affine map from crop pixels (u, v) of an {@code outputSize} square crop to frame pixels, as
     * {m00, m01, m02, m10, m11, m12}; {@code mirror} flips the crop horizontally.
     */
    public double[] cropToFrame(int outputSize, boolean mirror) {
        double k = size / outputSize;
        double cos = Math.cos(angle) * k;
        double sin = Math.sin(angle) * k;
        double sx = mirror ? -1 : 1;
        double half = outputSize / 2.0;
        // frame = centre + (u - half) * sx * ex + (v - half) * ey, with ex = (cos, sin), ey = (-sin, cos)
        return new double[] {
                sx * cos, -sin, centerX - half * sx * cos + half * sin,
                sx * sin, cos, centerY - half * sx * sin - half * cos};
    }
}
