package io.interviewcoach.pose.tracking;

import java.util.ArrayList;
import java.util.List;

import io.interviewcoach.pose.landmark.Landmark;
import io.interviewcoach.pose.landmark.PoseLandmarks;
import io.interviewcoach.smoothing.OneEuroFilter;

/** One-Euro smoothing of every landmark's x and y (one speed per landmark), in ROI sides per second. */
public final class LandmarkSmoother {
    private final List<OneEuroFilter> filters = new ArrayList<>();

    public LandmarkSmoother(int points, double minCutoffHz, double beta, double derivativeCutoffHz) {
        for (int i = 0; i < points; i++) {
            filters.add(new OneEuroFilter(minCutoffHz, beta, derivativeCutoffHz));
        }
    }

    public PoseLandmarks smooth(PoseLandmarks raw, double timeSec) {
        double scale = raw.roi().side();
        List<Landmark> out = new ArrayList<>(raw.points().size());
        for (int i = 0; i < raw.points().size(); i++) {
            Landmark p = raw.get(i);
            float[] xy = {(float) p.x(), (float) p.y()};
            filters.get(i).apply(timeSec, xy, scale);
            out.add(p.withPosition(xy[0], xy[1]));
        }
        return raw.withPoints(out);
    }

    /** Forget the history (the person was lost; the next pose starts fresh). */
    public void reset() {
        filters.forEach(OneEuroFilter::reset);
    }
}
