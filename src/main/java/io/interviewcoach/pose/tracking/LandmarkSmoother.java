package io.interviewcoach.pose.tracking;

import java.util.ArrayList;
import java.util.List;

import io.interviewcoach.pose.landmark.Landmark;
import io.interviewcoach.pose.landmark.PoseLandmarks;

/** One-Euro smoothing of every landmark's x and y; speed is measured in ROI sides per second. */
public final class LandmarkSmoother {
    private final List<OneEuroFilter> xs = new ArrayList<>();
    private final List<OneEuroFilter> ys = new ArrayList<>();

    public LandmarkSmoother(int points, double minCutoffHz, double beta, double derivativeCutoffHz) {
        for (int i = 0; i < points; i++) {
            xs.add(new OneEuroFilter(minCutoffHz, beta, derivativeCutoffHz));
            ys.add(new OneEuroFilter(minCutoffHz, beta, derivativeCutoffHz));
        }
    }

    public PoseLandmarks smooth(PoseLandmarks raw, double timeSec) {
        double scale = raw.roi().side();
        List<Landmark> out = new ArrayList<>(raw.points().size());
        for (int i = 0; i < raw.points().size(); i++) {
            Landmark p = raw.get(i);
            out.add(p.withPosition(xs.get(i).filter(p.x(), timeSec, scale), ys.get(i).filter(p.y(), timeSec, scale)));
        }
        return raw.withPoints(out);
    }

    /** Forget the history (the person was lost; the next pose starts fresh). */
    public void reset() {
        xs.forEach(OneEuroFilter::reset);
        ys.forEach(OneEuroFilter::reset);
    }
}
