package io.interviewcoach.pose;


import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.bytedeco.opencv.opencv_core.Mat;

import io.interviewcoach.media.MediaWindow;
import io.interviewcoach.media.VideoFrame;
import io.interviewcoach.pipeline.FrameResults;
import io.interviewcoach.pipeline.StreamAnalyzer;
import io.interviewcoach.pose.landmark.BodyPoint;
import io.interviewcoach.pose.landmark.Landmark;
import io.interviewcoach.pose.landmark.PoseLandmarks;
import io.interviewcoach.pose.metrics.FrameMeasures;
import io.interviewcoach.pose.metrics.PoseMeasurer;
import io.interviewcoach.pose.tracking.PoseTracker;
import io.interviewcoach.pose.tracking.TrackedPose;

/**
 * Body posture of one stream: face anchor → landmark ROI → tracked landmarks → per-frame measures → per-window
 * timeline entries and whole-stream metrics/events. One instance per stream; the models are shared.
 */
public final class PoseAnalyzer implements StreamAnalyzer<PoseWindow, PoseSummary> {
    private static final Logger LOG = Logger.getLogger(PoseAnalyzer.class.getName());

    private final PoseSettings settings;
    private final PoseTracker tracker;
    private final PoseMeasurer measurer;
    private final PoseStats stats;
    private final FrameResults<Tracked> tracked = new FrameResults<>(this::track);

    public PoseAnalyzer(PoseModels models, PoseSettings settings) {
        this.settings = settings;
        this.tracker = new PoseTracker(models.landmarks(), models.faceAnchors(), settings.tracker());
        this.measurer = new PoseMeasurer(settings.measures());
        this.stats = new PoseStats(settings);
    }

    public PoseAnalyzer(PoseModels models) {
        this(models, PoseSettings.defaults());
    }

    @Override
    public PoseWindow analyze(MediaWindow window) {
        List<FrameMeasures> measured = new ArrayList<>();
        List<PoseFrame> overlay = new ArrayList<>();
        int frames = 0;
        int skipped = 0;
        for (VideoFrame frame : window.frames()) {
            Tracked t = tracked.take(frame);
            if (t.failure() != null) {
                skipped++;
                measurer.reset();
                // The first failure of a stream is worth a warning; repeats are counted in skippedFrames.
                Level level = stats.skipped() + skipped == 1 ? Level.WARNING : Level.FINE;
                LOG.log(level, t.failure(), () -> "pose: skipped the frame at " + frame.timeSec() + " s: "
                        + t.failure().getMessage());
                continue;
            }
            Optional<TrackedPose> pose = t.pose();
            frames++;
            if (pose.isEmpty()) {
                measurer.reset();
                stats.addFrame(frame.timeSec(), null);
                continue;
            }
            FrameMeasures m = measurer.measure(pose.get(), frame.width(), frame.height());
            measured.add(m);
            stats.addFrame(frame.timeSec(), m);
            if (settings.keepFrameLandmarks()) {
                overlay.add(toOverlay(pose.get().smoothed(), frame.timeSec()));
            }
        }
        tracked.forgetBefore(window.endSec());
        stats.addSkipped(skipped);
        return WindowSummary.of(window, frames, measured, overlay, skipped);
    }

    @Override
    public void prepare(VideoFrame frame) {
        tracked.prepare(frame);
    }

    /** Tracking on one frame; a failure resets the tracker, so the next frame starts afresh. */
    private Tracked track(VideoFrame frame) {
        try {
            return new Tracked(trackFrame(frame), null);
        } catch (RuntimeException e) {
            tracker.reset();
            return new Tracked(null, e);
        }
    }

    private record Tracked(Optional<TrackedPose> pose, RuntimeException failure) {
    }

    /** The whole per-frame pipeline for one frame (also what {@code bench vision} times). */
    public Optional<TrackedPose> trackFrame(VideoFrame frame) {
        try (Mat bgr = frame.toMat()) {
            return tracker.track(frame, bgr);
        }
    }

    @Override
    public PoseSummary finish() {
        return stats.summary();
    }

    private static PoseFrame toOverlay(PoseLandmarks p, double timeSec) {
        float[] xy = new float[BodyPoint.BODY_COUNT * 2];
        float[] vis = new float[BodyPoint.BODY_COUNT];
        for (int i = 0; i < BodyPoint.BODY_COUNT; i++) {
            Landmark l = p.get(i);
            xy[2 * i] = (float) l.x();
            xy[2 * i + 1] = (float) l.y();
            vis[i] = (float) Math.min(l.visibility(), l.presence());
        }
        return new PoseFrame(timeSec, xy, vis);
    }
}
