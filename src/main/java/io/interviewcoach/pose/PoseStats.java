package io.interviewcoach.pose;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.interviewcoach.measure.EventType;
import io.interviewcoach.pose.metrics.FrameMeasures;
import io.interviewcoach.pose.metrics.Scale;
import io.interviewcoach.measure.ReportEvent;
import io.interviewcoach.measure.Rounding;
import io.interviewcoach.stats.ConditionRuns;

/** Whole-stream accumulation: metric sums over frames and the event runs (no-person, slouching, hand on face). */
final class PoseStats {
    private final PoseSettings settings;
    private final List<FrameMeasures> measured = new ArrayList<>();
    private final List<ReportEvent> events = new ArrayList<>();
    private int frames;
    private int skipped;
    private double lastTime = Double.NaN;
    private double frameInterval = Double.NaN;

    // a frame where the condition fails ends the run (close() below): no gap is bridged here
    private final ConditionRuns<Object> noPerson = new ConditionRuns<>();
    private final ConditionRuns<Double> slouch = new ConditionRuns<>();
    private final ConditionRuns<String> faceTouch = new ConditionRuns<>();
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
        emitNoPerson(step(noPerson, m == null, timeSec, null));
        boolean slouching = m != null && m.postureScore() != null && m.postureScore() < settings.slouchScore();
        emitSlouch(step(slouch, slouching, timeSec, slouching ? m.postureScore() : null));
        boolean touching = m != null && m.handNearFace() != null;
        emitFaceTouch(step(faceTouch, touching, timeSec, touching ? m.handNearFace() : null));
    }

    /** Adds a frame where the condition holds, or ends the open run; returns the run that ended, or null. */
    private <T> ConditionRuns.Run<T> step(ConditionRuns<T> runs, boolean on, double timeSec, T value) {
        return on ? runs.add(timeSec, timeSec + interval(), true, value) : runs.close();
    }

    private void emitNoPerson(ConditionRuns.Run<Object> run) {
        emitIf(run, EventType.NO_PERSON, settings.noPersonMinSec(), Map.of());
    }

    private void emitSlouch(ConditionRuns.Run<Double> run) {
        if (run != null) {
            double sum = 0;
            for (double score : run.frames()) {
                sum += score;
            }
            emitIf(run, EventType.SLOUCHING, settings.slouchMinSec(), Map.of("meanPostureScore", Rounding.round(sum / run.frames().size(), 2)));
        }
    }

    private void emitFaceTouch(ConditionRuns.Run<String> run) {
        if (run != null && run.frames().size() >= settings.faceTouchMinFrames()) {
            handsNearFaceCount++;
            Map<String, Integer> labels = new LinkedHashMap<>();
            run.frames().forEach(label -> labels.merge(label, 1, Integer::sum));
            String hand = labels.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("");
            events.add(new ReportEvent(EventType.HANDS_TOUCHING_FACE, run.start(), run.lastStart() + interval(),
                    Map.of("hand", hand, "frames", run.frames().size())));
        }
    }

    /** The run ends one frame interval (the shortest seen so far) after its last frame starts. */
    private void emitIf(ConditionRuns.Run<?> run, EventType type, double minSec, Map<String, Object> detail) {
        if (run == null) {
            return;
        }
        double end = run.lastStart() + interval();
        if (end - run.start() >= minSec) {
            events.add(new ReportEvent(type, run.start(), end, detail));
        }
    }

    private double interval() {
        return Double.isNaN(frameInterval) ? 0.0 : frameInterval;
    }

    PoseSummary summary() {
        emitNoPerson(noPerson.close());
        emitSlouch(slouch.close());
        emitFaceTouch(faceTouch.close());
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
}
