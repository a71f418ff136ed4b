package io.interviewcoach.pose;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.interviewcoach.pose.metrics.FrameMeasures;
import io.interviewcoach.pose.metrics.Scale;
import io.interviewcoach.report.ReportEvent;
import io.interviewcoach.report.Rounding;

/** Whole-stream accumulation: metric sums over frames and the event runs (no-person, slouching, hand on face). */
final class PoseStats {
    private final PoseSettings settings;
    private final List<FrameMeasures> measured = new ArrayList<>();
    private final List<ReportEvent> events = new ArrayList<>();
    private int frames;
    private int skipped;
    private double lastTime = Double.NaN;
    private double frameInterval = Double.NaN;

    private final Run noPerson = new Run();
    private final Run slouch = new Run();
    private final Run faceTouch = new Run();
    private int handsNearFaceCount;

    PoseStats(PoseSettings settings) {
        this.settings = settings;
    }

    int skipped() {
        return skipped;
    }

    void addSkipped(int n) {
        skipped += n;
    }

    void addFrame(double timeSec, FrameMeasures m) {
        if (!Double.isNaN(lastTime) && timeSec > lastTime) {
            frameInterval = Double.isNaN(frameInterval) ? timeSec - lastTime : Math.min(frameInterval, timeSec - lastTime);
        }
        lastTime = timeSec;
        frames++;
        if (m != null) {
            measured.add(m);
        }
        noPerson.step(m == null, timeSec, null);
        if (noPerson.ended()) {
            emitIf(noPerson, "noPerson", settings.noPersonMinSec(), Map.of());
        }
        boolean slouching = m != null && m.postureScore() != null && m.postureScore() < settings.slouchScore();
        slouch.step(slouching, timeSec, slouching ? m.postureScore() : null);
        if (slouch.ended()) {
            emitIf(slouch, "slouching", settings.slouchMinSec(), Map.of("meanPostureScore", Rounding.round(slouch.lastMean(), 2)));
        }
        boolean touching = m != null && m.handNearFace() != null;
        faceTouch.step(touching, timeSec, null, touching ? m.handNearFace() : null);
        if (faceTouch.ended()) {
            emitFaceTouch();
        }
    }

    private void emitFaceTouch() {
        if (faceTouch.lastFrames() >= settings.faceTouchMinFrames()) {
            handsNearFaceCount++;
            events.add(new ReportEvent("handsTouchingFace", faceTouch.lastStart(), faceTouch.lastEnd(interval()),
                    Map.of("hand", faceTouch.lastLabel(), "frames", faceTouch.lastFrames())));
        }
    }

    private void emitIf(Run run, String type, double minSec, Map<String, Object> detail) {
        double end = run.lastEnd(interval());
        if (end - run.lastStart() >= minSec) {
            events.add(new ReportEvent(type, run.lastStart(), end, detail));
        }
    }

    private double interval() {
        return Double.isNaN(frameInterval) ? 0.0 : frameInterval;
    }

    PoseSummary summary() {
        noPerson.close();
        if (noPerson.ended()) {
            emitIf(noPerson, "noPerson", settings.noPersonMinSec(), Map.of());
        }
        slouch.close();
        if (slouch.ended()) {
            emitIf(slouch, "slouching", settings.slouchMinSec(), Map.of("meanPostureScore", Rounding.round(slouch.lastMean(), 2)));
        }
        faceTouch.close();
        if (faceTouch.ended()) {
            emitFaceTouch();
        }
        events.sort((a, b) -> Double.compare(a.start(), b.start()));
        return new PoseSummary(metrics(), events);
    }

    private PostureMetrics metrics() {
        Double visibleRatio = frames == 0 ? null : (double) measured.size() / frames;
        if (measured.isEmpty()) {
            return new PostureMetrics(visibleRatio == null ? null : 0.0, null, null, null, null, null, null, null, null, null,
                    null, frames == 0 ? null : 0, null, skipped);
        }
        Double fidget = WindowSummary.mean(measured, FrameMeasures::jitter);
        List<FrameMeasures> judgeable = measured.stream().filter(FrameMeasures::gestureZoneInFrame).toList();
        Double gestureRatio = judgeable.isEmpty() ? null
                : (double) judgeable.stream().filter(FrameMeasures::gesturing).count() / judgeable.size();
        Double gestureScore = gestureRatio == null ? null : Scale.higherIsBetter(gestureRatio, 0.0, settings.gestureTargetRatio());
        double handsRatio = (double) measured.stream().filter(m -> m.handsVisible() > 0).count() / measured.size();
        return new PostureMetrics(Rounding.round(visibleRatio, 2),
                Rounding.round(WindowSummary.mean(measured, FrameMeasures::shoulderScore), 2),
                Rounding.round(WindowSummary.mean(measured, FrameMeasures::spineScore), 2),
                Rounding.round(WindowSummary.mean(measured, FrameMeasures::headScore), 2),
                Rounding.round(WindowSummary.mean(measured, FrameMeasures::postureScore), 2),
                fidget == null ? null : Rounding.round(Scale.lowerIsBetter(fidget, settings.fidgetGood(), settings.fidgetBad()), 2),
                Rounding.round(gestureScore, 2),
                Rounding.round(WindowSummary.mean(measured, FrameMeasures::shoulderTiltDeg), 2),
                Rounding.round(WindowSummary.mean(measured, FrameMeasures::headTiltDeg), 2),
                Rounding.round(handsRatio, 2), Rounding.round(gestureRatio, 2), handsNearFaceCount, fidget == null ? null : Math.round(fidget * 1e4) / 1e4,
                skipped);
    }


    /** A run of consecutive frames where a condition holds; {@link #ended()} is true once, right after it stops. */
    private static final class Run {
        private boolean active;
        private boolean justEnded;
        private double start;
        private double last;
        private int count;
        private double sum;
        private int sumN;
        private final Map<String, Integer> labels = new LinkedHashMap<>();
        private double endedStart;
        private double endedLast;
        private int endedCount;
        private Double endedMean;
        private String endedLabel;

        void step(boolean on, double t, Double value) {
            step(on, t, value, null);
        }

        void step(boolean on, double t, Double value, String label) {
            justEnded = false;
            if (on) {
                if (!active) {
                    active = true;
                    start = t;
                    count = 0;
                    sum = 0;
                    sumN = 0;
                    labels.clear();
                }
                last = t;
                count++;
                if (value != null) {
                    sum += value;
                    sumN++;
                }
                if (label != null) {
                    labels.merge(label, 1, Integer::sum);
                }
            } else if (active) {
                close();
            }
        }

        void close() {
            if (active) {
                active = false;
                justEnded = true;
                endedStart = start;
                endedLast = last;
                endedCount = count;
                endedMean = sumN == 0 ? null : sum / sumN;
                endedLabel = labels.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("");
            } else {
                justEnded = false;
            }
        }

        boolean ended() {
            return justEnded;
        }

        double lastStart() {
            return endedStart;
        }

        double lastEnd(double frameInterval) {
            return endedLast + frameInterval;
        }

        int lastFrames() {
            return endedCount;
        }

        Double lastMean() {
            return endedMean;
        }

        String lastLabel() {
            return endedLabel;
        }
    }
}
