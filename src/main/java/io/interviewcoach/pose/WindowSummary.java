package io.interviewcoach.pose;

import java.util.List;
import java.util.function.Function;

import io.interviewcoach.media.MediaWindow;
import io.interviewcoach.pose.metrics.FrameMeasures;

/** Folds one window's frame measures into its timeline entry. */
final class WindowSummary {
    private WindowSummary() {
    }

    static PoseWindow of(MediaWindow window, int frames, List<FrameMeasures> measured, List<PoseFrame> overlay, int skipped) {
        double visibleRatio = frames == 0 ? 0.0 : (double) measured.size() / frames;
        boolean any = !measured.isEmpty();
        Boolean handsVisible = any ? measured.stream().filter(m -> m.handsVisible() > 0).count() * 2 >= measured.size() : null;
        Boolean gesturing = any ? measured.stream().anyMatch(FrameMeasures::gesturing) : null;
        Boolean nearFace = any ? measured.stream().anyMatch(m -> m.handNearFace() != null) : null;
        return new PoseWindow(window.index(), window.startSec(), window.endSec(), frames > 0 && visibleRatio >= 0.5,
                visibleRatio, mean(measured, FrameMeasures::postureScore), mean(measured, FrameMeasures::shoulderTiltDeg),
                mean(measured, FrameMeasures::headTiltDeg), handsVisible, gesturing, nearFace,
                mean(measured, FrameMeasures::jitter), skipped, overlay);
    }

    static Double mean(List<FrameMeasures> measured, Function<FrameMeasures, Double> field) {
        double sum = 0;
        int n = 0;
        for (FrameMeasures m : measured) {
            Double v = field.apply(m);
            if (v != null) {
                sum += v;
                n++;
            }
        }
        return n == 0 ? null : sum / n;
    }
}
