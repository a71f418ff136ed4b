package io.interviewcoach.overlay;

import static org.bytedeco.opencv.global.opencv_imgproc.FONT_HERSHEY_SIMPLEX;
import static org.bytedeco.opencv.global.opencv_imgproc.LINE_AA;
import static org.bytedeco.opencv.global.opencv_imgproc.arrowedLine;
import static org.bytedeco.opencv.global.opencv_imgproc.circle;
import static org.bytedeco.opencv.global.opencv_imgproc.line;
import static org.bytedeco.opencv.global.opencv_imgproc.putText;
import static org.bytedeco.opencv.global.opencv_imgproc.rectangle;

import java.util.List;
import java.util.Locale;

import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Point;
import org.bytedeco.opencv.opencv_core.Scalar;

import io.interviewcoach.face.FaceFrame;
import io.interviewcoach.face.FaceWindow;
import io.interviewcoach.fusion.WindowResults;
import io.interviewcoach.pose.PoseFrame;
import io.interviewcoach.pose.PoseWindow;

/** The drawings of the overlay video: face mesh, iris and gaze; body skeleton; the window's scores. */
public final class OverlayLayers {
    private static final Scalar GREEN = new Scalar(80, 200, 80, 0);
    private static final Scalar RED = new Scalar(60, 60, 230, 0);
    private static final Scalar YELLOW = new Scalar(40, 210, 230, 0);
    private static final Scalar CYAN = new Scalar(230, 200, 60, 0);
    private static final Scalar WHITE = new Scalar(255, 255, 255, 0);
    private static final Scalar BLACK = new Scalar(0, 0, 0, 0);
    /** BlazePose connections drawn for the upper body and legs (landmark index pairs). */
    private static final int[][] SKELETON = {
            {11, 12}, {11, 13}, {13, 15}, {12, 14}, {14, 16}, {15, 17}, {15, 19}, {16, 18}, {16, 20},
            {11, 23}, {12, 24}, {23, 24}, {23, 25}, {25, 27}, {24, 26}, {26, 28}, {0, 2}, {0, 5}, {2, 7}, {5, 8}, {9, 10}};
    private static final double MIN_VISIBILITY = 0.5;

    private OverlayLayers() {
    }

    public static List<OverlayLayer> standard() {
        return List.of(OverlayLayers::drawPose, OverlayLayers::drawFace, OverlayLayers::drawScores);
    }

    static void drawFace(Mat img, WindowResults outcome, int frameIdx) {
        FaceWindow fw = outcome.face();
        FaceFrame f = fw == null ? null : atTime(fw.frames(), FaceFrame::timeSec, timeOf(outcome, frameIdx));
        if (f == null || !f.faceFound()) {
            return;
        }
        float[] lm = f.landmarks();
        for (int i = 0; i + 1 < lm.length; i += 2) {
            circle(img, new Point(Math.round(lm[i]), Math.round(lm[i + 1])), 1, CYAN, -1, LINE_AA, 0);
        }
        Scalar contact = Boolean.TRUE.equals(f.eyeContact()) ? GREEN : RED;
        for (var iris : new io.interviewcoach.face.detection.Point[] {f.rightIris(), f.leftIris()}) {
            if (iris != null) {
                Point c = new Point((int) Math.round(iris.x()), (int) Math.round(iris.y()));
                circle(img, c, 3, contact, -1, LINE_AA, 0);
                if (f.gazeYawDeg() != null && f.gazePitchDeg() != null) {
                    double len = f.faceBox() == null ? 40 : f.faceBox().width() * 0.35;
                    int dx = (int) Math.round(len * Math.sin(Math.toRadians(f.gazeYawDeg())));
                    int dy = (int) Math.round(-len * Math.sin(Math.toRadians(f.gazePitchDeg())));
                    arrowedLine(img, c, new Point(c.x() + dx, c.y() + dy), contact, 2, LINE_AA, 0, 0.25);
                }
            }
        }
    }

    static void drawPose(Mat img, WindowResults outcome, int frameIdx) {
        PoseWindow pw = outcome.pose();
        PoseFrame p = pw == null ? null : atTime(pw.frames(), PoseFrame::timeSec, timeOf(outcome, frameIdx));
        if (p == null || p.xy() == null) {
            return;
        }
        for (int[] bone : SKELETON) {
            int a = bone[0];
            int b = bone[1];
            if (p.visibility()[a] >= MIN_VISIBILITY && p.visibility()[b] >= MIN_VISIBILITY) {
                line(img, point(p.xy(), a), point(p.xy(), b), YELLOW, 2, LINE_AA, 0);
            }
        }
        for (int i = 0; i < p.visibility().length; i++) {
            if (p.visibility()[i] >= MIN_VISIBILITY) {
                circle(img, point(p.xy(), i), 3, WHITE, -1, LINE_AA, 0);
            }
        }
    }

    static void drawScores(Mat img, WindowResults outcome, int frameIdx) {
        FaceWindow fw = outcome.face();
        PoseWindow pw = outcome.pose();
        String text = String.format(Locale.ROOT, "%5.1fs  eye contact %s  posture %s",
                outcome.window().frames().get(frameIdx).timeSec(),
                fw == null || fw.eyeContact() == null ? "-" : Math.round(fw.eyeContact() * 100) + "%",
                pw == null || pw.postureScore() == null ? "-" : String.valueOf(Math.round(pw.postureScore())));
        double scale = Math.max(0.4, img.cols() / 1100.0);
        int h = (int) Math.round(28 * scale);
        rectangle(img, new Point(0, 0), new Point(img.cols(), h), BLACK, -1, LINE_AA, 0);
        putText(img, text, new Point(6, (int) Math.round(20 * scale)), FONT_HERSHEY_SIMPLEX, 0.6 * scale, WHITE,
                1, LINE_AA, false);
    }

    private static Point point(float[] xy, int i) {
        return new Point(Math.round(xy[2 * i]), Math.round(xy[2 * i + 1]));
    }

    private static double timeOf(WindowResults outcome, int frameIdx) {
        return outcome.window().frames().get(frameIdx).timeSec();
    }

    /** The analyzer's observation of the frame shown at {@code t} (analyzers may skip frames they could not read). */
    private static <T> T atTime(List<T> frames, java.util.function.ToDoubleFunction<T> time, double t) {
        for (T f : frames) {
            if (Math.abs(time.applyAsDouble(f) - t) < 1e-6) {
                return f;
            }
        }
        return null;
    }
}
