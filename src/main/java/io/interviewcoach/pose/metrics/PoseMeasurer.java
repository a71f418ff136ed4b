package io.interviewcoach.pose.metrics;

import static io.interviewcoach.pose.landmark.BodyPoint.LEFT_EAR;
import static io.interviewcoach.pose.landmark.BodyPoint.LEFT_EYE;
import static io.interviewcoach.pose.landmark.BodyPoint.LEFT_EYE_OUTER;
import static io.interviewcoach.pose.landmark.BodyPoint.LEFT_HIP;
import static io.interviewcoach.pose.landmark.BodyPoint.LEFT_INDEX;
import static io.interviewcoach.pose.landmark.BodyPoint.LEFT_PINKY;
import static io.interviewcoach.pose.landmark.BodyPoint.LEFT_SHOULDER;
import static io.interviewcoach.pose.landmark.BodyPoint.LEFT_THUMB;
import static io.interviewcoach.pose.landmark.BodyPoint.LEFT_WRIST;
import static io.interviewcoach.pose.landmark.BodyPoint.NOSE;
import static io.interviewcoach.pose.landmark.BodyPoint.RIGHT_EAR;
import static io.interviewcoach.pose.landmark.BodyPoint.RIGHT_EYE;
import static io.interviewcoach.pose.landmark.BodyPoint.RIGHT_EYE_OUTER;
import static io.interviewcoach.pose.landmark.BodyPoint.RIGHT_HIP;
import static io.interviewcoach.pose.landmark.BodyPoint.RIGHT_INDEX;
import static io.interviewcoach.pose.landmark.BodyPoint.RIGHT_PINKY;
import static io.interviewcoach.pose.landmark.BodyPoint.RIGHT_SHOULDER;
import static io.interviewcoach.pose.landmark.BodyPoint.RIGHT_THUMB;
import static io.interviewcoach.pose.landmark.BodyPoint.RIGHT_WRIST;

import java.util.ArrayList;
import java.util.List;

import io.interviewcoach.pose.landmark.Landmark;
import io.interviewcoach.pose.landmark.PoseLandmarks;
import io.interviewcoach.pose.tracking.TrackedPose;

/**
 * Turns the tracked pose of each frame into {@link FrameMeasures}. Keeps the previous frame's wrists to
 * measure hand speed and the time the track started (jitter waits for it to settle); {@link #reset()} when the
 * track is lost. Not thread-safe.
 */
public final class PoseMeasurer {
    private static final int[] JITTER_POINTS = {NOSE, LEFT_SHOULDER, RIGHT_SHOULDER, LEFT_WRIST, RIGHT_WRIST};
    private static final int[] LEFT_HAND = {LEFT_WRIST, LEFT_PINKY, LEFT_INDEX, LEFT_THUMB};
    private static final int[] RIGHT_HAND = {RIGHT_WRIST, RIGHT_PINKY, RIGHT_INDEX, RIGHT_THUMB};

    private final MeasureSettings s;
    private Landmark previousLeftWrist;
    private Landmark previousRightWrist;
    private double previousTime = Double.NaN;
    private double trackStart = Double.NaN;

    public PoseMeasurer(MeasureSettings settings) {
        this.s = settings;
    }

    public void reset() {
        previousLeftWrist = null;
        previousRightWrist = null;
        previousTime = Double.NaN;
        trackStart = Double.NaN;
    }

    public FrameMeasures measure(TrackedPose tracked, int frameWidth, int frameHeight) {
        if (tracked.reacquired()) {
            reset();
        }
        if (Double.isNaN(trackStart)) {
            trackStart = tracked.timeSec();
        }
        PoseLandmarks p = tracked.smoothed();
        Landmark ls = p.get(LEFT_SHOULDER);
        Landmark rs = p.get(RIGHT_SHOULDER);
        Landmark nose = p.get(NOSE);
        // A new track's region is still converging from its face-anchored guess: its first shoulders were 0.13-0.28
        // shoulder widths off MediaPipe's on d9, two of them where MediaPipe has the shoulders below the frame.
        boolean settled = tracked.timeSec() - trackStart >= s.settleSec();
        boolean shoulders = settled && usable(ls, frameWidth, frameHeight) && usable(rs, frameWidth, frameHeight);
        double shoulderWidth = ls.distanceTo(rs);
        double midX = (ls.x() + rs.x()) / 2;
        double midY = (ls.y() + rs.y()) / 2;
        boolean noseOk = usable(nose, frameWidth, frameHeight);

        Double shoulderTilt = shoulders ? lineAngleDeg(rs, ls) : null;
        Landmark le = p.get(LEFT_EYE);
        Landmark re = p.get(RIGHT_EYE);
        Double headTilt = usable(le, frameWidth, frameHeight) && usable(re, frameWidth, frameHeight) ? lineAngleDeg(re, le) : null;

        Landmark lh = p.get(LEFT_HIP);
        Landmark rh = p.get(RIGHT_HIP);
        boolean hips = shoulders && usable(lh, frameWidth, frameHeight) && usable(rh, frameWidth, frameHeight);
        Double torsoLean = null;
        if (hips) {
            double hipX = (lh.x() + rh.x()) / 2;
            double hipY = (lh.y() + rh.y()) / 2;
            torsoLean = Math.toDegrees(Math.atan2(midX - hipX, hipY - midY));
        }
        Double headOffset = shoulders && noseOk && shoulderWidth > 0 ? (nose.x() - midX) / shoulderWidth : null;
        Double neckRatio = shoulders && noseOk && shoulderWidth > 0 ? (midY - nose.y()) / shoulderWidth : null;

        Landmark lw = p.get(LEFT_WRIST);
        Landmark rw = p.get(RIGHT_WRIST);
        boolean lwOk = usable(lw, frameWidth, frameHeight);
        boolean rwOk = usable(rw, frameWidth, frameHeight);
        int handsVisible = (lwOk ? 1 : 0) + (rwOk ? 1 : 0);

        boolean zoneInFrame = false;
        boolean gesturing = false;
        if (shoulders && noseOk && shoulderWidth > 0) {
            double top = nose.y() + 0.5 * (midY - nose.y());
            double bottom = hips ? (lh.y() + rh.y()) / 2 : midY + s.waistBelowShoulders() * shoulderWidth;
            double halfWidth = shoulderWidth * (0.5 + s.gestureZoneSideMargin());
            zoneInFrame = (Math.min(bottom, frameHeight) - top) >= 0.5 * (bottom - top);
            double dt = tracked.timeSec() - previousTime;
            gesturing = moving(lw, lwOk, previousLeftWrist, dt, shoulderWidth) && inZone(lw, top, bottom, midX, halfWidth)
                    || moving(rw, rwOk, previousRightWrist, dt, shoulderWidth) && inZone(rw, top, bottom, midX, halfWidth);
        }
        previousLeftWrist = lwOk ? lw : null;
        previousRightWrist = rwOk ? rw : null;
        previousTime = tracked.timeSec();

        String handNearFace = handNearFace(p, frameWidth, frameHeight);
        Double jitter = shoulders && shoulderWidth > 0 ? jitter(tracked.raw(), p, shoulderWidth, frameWidth, frameHeight) : null;

        Double shoulderScore = shoulderTilt == null ? null
                : Scale.lowerIsBetter(Math.abs(shoulderTilt), s.shoulderTiltGoodDeg(), s.shoulderTiltBadDeg());
        Double spineScore = null;
        if (torsoLean != null) {
            spineScore = Scale.lowerIsBetter(Math.abs(torsoLean), s.torsoLeanGoodDeg(), s.torsoLeanBadDeg());
        } else if (headOffset != null) {
            spineScore = Scale.lowerIsBetter(Math.abs(headOffset), s.headOffsetGood(), s.headOffsetBad());
        }
        Double headScore = headScore(headTilt, neckRatio);
        Double posture = mean(shoulderScore, spineScore, headScore);
        return new FrameMeasures(tracked.timeSec(), shoulderTilt, headTilt, headOffset, torsoLean, neckRatio, handsVisible,
                zoneInFrame, gesturing, handNearFace, jitter, shoulderScore, spineScore, headScore, posture);
    }

    private Double headScore(Double headTilt, Double neckRatio) {
        Double roll = headTilt == null ? null : Scale.lowerIsBetter(Math.abs(headTilt), s.headTiltGoodDeg(), s.headTiltBadDeg());
        Double sink = neckRatio == null ? null : Scale.higherIsBetter(neckRatio, s.neckRatioBad(), s.neckRatioGood());
        if (roll == null || sink == null) {
            return roll != null ? roll : sink;
        }
        return Math.min(roll, sink);
    }

    private boolean moving(Landmark wrist, boolean ok, Landmark previous, double dt, double shoulderWidth) {
        if (!ok || previous == null || !(dt > 0)) {
            return false;
        }
        return wrist.distanceTo(previous) / dt / shoulderWidth >= s.gestureMinSpeed();
    }

    private static boolean inZone(Landmark w, double top, double bottom, double midX, double halfWidth) {
        return w.y() >= top && w.y() <= bottom && Math.abs(w.x() - midX) <= halfWidth;
    }

    private String handNearFace(PoseLandmarks p, int w, int h) {
        Landmark nose = p.get(NOSE);
        if (!usable(nose, w, h)) {
            return null;
        }
        Landmark lEar = p.get(LEFT_EAR);
        Landmark rEar = p.get(RIGHT_EAR);
        double faceWidth = usable(lEar, w, h) && usable(rEar, w, h) ? lEar.distanceTo(rEar)
                : 1.6 * p.get(LEFT_EYE_OUTER).distanceTo(p.get(RIGHT_EYE_OUTER));
        if (!(faceWidth > 0)) {
            return null;
        }
        double radius = s.faceTouchRadius() * faceWidth;
        boolean left = handOnFace(p, LEFT_HAND, nose, radius, w, h);
        boolean right = handOnFace(p, RIGHT_HAND, nose, radius, w, h);
        return left && right ? "both" : left ? "left" : right ? "right" : null;
    }

    private boolean handOnFace(PoseLandmarks p, int[] hand, Landmark nose, double radius, int w, int h) {
        for (int i : hand) {
            Landmark q = p.get(i);
            if (usable(q, w, h) && q.distanceTo(nose) <= radius) {
                return true;
            }
        }
        return false;
    }

    private Double jitter(PoseLandmarks raw, PoseLandmarks smooth, double shoulderWidth, int w, int h) {
        double sum = 0;
        int n = 0;
        for (int i : JITTER_POINTS) {
            Landmark r = raw.get(i);
            if (usable(smooth.get(i), w, h)) {
                double d = r.distanceTo(smooth.get(i));
                sum += d * d;
                n++;
            }
        }
        return n == 0 ? null : Math.sqrt(sum / n) / shoulderWidth;
    }

    /** Visible and inside the frame by at least the edge margin: only such landmarks feed the measures. */
    public boolean usable(Landmark l, int w, int h) {
        double m = s.edgeMargin() * Math.min(w, h);
        return l.isVisible(s.visibilityThreshold()) && l.x() >= m && l.x() < w - m && l.y() >= m && l.y() < h - m;
    }

    /** Angle of the line from the person's right point to their left point, degrees from horizontal. */
    static double lineAngleDeg(Landmark right, Landmark left) {
        double dx = left.x() - right.x();
        double dy = left.y() - right.y();
        // Facing the camera the person's left is on the image right (dx > 0); facing away flips it.
        if (dx < 0) {
            dx = -dx;
            dy = -dy;
        }
        return Math.toDegrees(Math.atan2(dy, dx));
    }

    static Double mean(Double... values) {
        List<Double> present = new ArrayList<>();
        for (Double v : values) {
            if (v != null) {
                present.add(v);
            }
        }
        return present.isEmpty() ? null : present.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
    }
}
