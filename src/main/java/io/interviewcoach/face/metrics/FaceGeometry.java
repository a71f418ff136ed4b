package io.interviewcoach.face.metrics;

import io.interviewcoach.face.mesh.FaceMesh;
import io.interviewcoach.face.mesh.Iris;

/** Per-frame geometry of a face mesh and its irises (cheap arithmetic on a handful of landmarks). */
public final class FaceGeometry {
    // face mesh landmark indices (MediaPipe canonical topology)
    static final int RIGHT_EYE_OUTER = 33;
    static final int LEFT_EYE_OUTER = 263;
    static final int FOREHEAD = 10;
    static final int CHIN = 152;
    static final int MOUTH_RIGHT = 61;
    static final int MOUTH_LEFT = 291;
    static final int LIP_UPPER_INNER = 13;
    static final int LIP_LOWER_INNER = 14;
    static final int RIGHT_BROW = 105;
    static final int LEFT_BROW = 334;
    static final int RIGHT_EYE_INNER = 133;
    static final int LEFT_EYE_INNER = 362;

    private FaceGeometry() {
    }

    public static FaceFeatures measure(FaceMesh mesh, Iris rightEye, Iris leftEye) {
        // head axes from the mesh's own 3D points: x along the eye line, y from forehead to chin, z = x × y
        double[] ax = unit(sub3(mesh, LEFT_EYE_OUTER, RIGHT_EYE_OUTER));
        double[] ay = sub3(mesh, CHIN, FOREHEAD);
        double d = dot(ay, ax);
        ay = unit(new double[] {ay[0] - d * ax[0], ay[1] - d * ax[1], ay[2] - d * ax[2]});
        double[] az = cross(ax, ay); // points into the head (away from the camera) for a frontal face
        double yaw = Math.toDegrees(Math.atan2(-az[0], az[2]));
        double pitch = Math.toDegrees(Math.atan2(az[1], az[2]));
        double roll = Math.toDegrees(Math.atan2(ax[1], ax[0]));

        // 2D, roll removed, scaled by the outer-eye-corner distance
        double ex = mesh.x(LEFT_EYE_OUTER) - mesh.x(RIGHT_EYE_OUTER);
        double ey = mesh.y(LEFT_EYE_OUTER) - mesh.y(RIGHT_EYE_OUTER);
        double eyeDist = Math.hypot(ex, ey);
        double cos = ex / eyeDist;
        double sin = ey / eyeDist;
        double mouthWidth = dist(mesh, MOUTH_RIGHT, MOUTH_LEFT) / eyeDist;
        double lipCentreV = (down(mesh, LIP_UPPER_INNER, cos, sin) + down(mesh, LIP_LOWER_INNER, cos, sin)) / 2;
        double cornerV = (down(mesh, MOUTH_RIGHT, cos, sin) + down(mesh, MOUTH_LEFT, cos, sin)) / 2;
        double cornerLift = (lipCentreV - cornerV) / eyeDist;
        double mouthOpen = dist(mesh, LIP_UPPER_INNER, LIP_LOWER_INNER) / Math.max(1e-6, dist(mesh, MOUTH_RIGHT, MOUTH_LEFT));
        // brows against the eye corners, which (unlike the lids) do not move when the eyes close
        double rightEyeV = (down(mesh, RIGHT_EYE_OUTER, cos, sin) + down(mesh, RIGHT_EYE_INNER, cos, sin)) / 2;
        double leftEyeV = (down(mesh, LEFT_EYE_OUTER, cos, sin) + down(mesh, LEFT_EYE_INNER, cos, sin)) / 2;
        double brow = (rightEyeV - down(mesh, RIGHT_BROW, cos, sin) + leftEyeV - down(mesh, LEFT_BROW, cos, sin)) / 2 / eyeDist;

        Double gazeX = null;
        Double gazeY = null;
        Double openness = null;
        if (rightEye != null && leftEye != null) {
            // right eye: outer corner (0) is image left; left eye: inner corner (8) is image left
            double[] g1 = gaze(rightEye, 0, 8);
            double[] g2 = gaze(leftEye, 8, 0);
            gazeX = (g1[0] + g2[0]) / 2;
            gazeY = (g1[1] + g2[1]) / 2;
            openness = (eyeAspect(rightEye) + eyeAspect(leftEye)) / 2;
        }
        return new FaceFeatures(yaw, pitch, roll, gazeX, gazeY, openness, mouthWidth, cornerLift, mouthOpen, brow);
    }

    /** Iris centre relative to the eye-corner midpoint, along and across the corner axis, per eye width. */
    static double[] gaze(Iris eye, int imageLeftCorner, int imageRightCorner) {
        double lx = eye.contourX(imageLeftCorner);
        double ly = eye.contourY(imageLeftCorner);
        double rx = eye.contourX(imageRightCorner);
        double ry = eye.contourY(imageRightCorner);
        double w = Math.hypot(rx - lx, ry - ly);
        double ux = (rx - lx) / w;
        double uy = (ry - ly) / w;
        double dx = eye.centerX() - (lx + rx) / 2;
        double dy = eye.centerY() - (ly + ry) / 2;
        return new double[] {(dx * ux + dy * uy) / w, (-dx * uy + dy * ux) / w};
    }

    /** Eye aspect ratio from the iris model's eyelid contour: mean of three lid gaps / corner distance. */
    static double eyeAspect(Iris eye) {
        double width = Math.hypot(eye.contourX(8) - eye.contourX(0), eye.contourY(8) - eye.contourY(0));
        double gaps = 0;
        for (int k = 3; k <= 5; k++) {
            gaps += Math.hypot(eye.contourX(k + 8) - eye.contourX(k), eye.contourY(k + 8) - eye.contourY(k));
        }
        return gaps / 3 / Math.max(1e-6, width);
    }

    private static double down(FaceMesh m, int i, double cos, double sin) {
        return -m.x(i) * sin + m.y(i) * cos;
    }

    private static double dist(FaceMesh m, int a, int b) {
        return Math.hypot(m.x(a) - m.x(b), m.y(a) - m.y(b));
    }

    private static double[] sub3(FaceMesh m, int a, int b) {
        return new double[] {m.x(a) - m.x(b), m.y(a) - m.y(b), m.z(a) - m.z(b)};
    }

    private static double dot(double[] a, double[] b) {
        return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
    }

    private static double[] cross(double[] a, double[] b) {
        return new double[] {a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]};
    }

    private static double[] unit(double[] v) {
        double n = Math.sqrt(dot(v, v));
        return new double[] {v[0] / n, v[1] / n, v[2] / n};
    }
}
