package io.interviewcoach.face;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.jboss.logging.Logger;

import io.interviewcoach.measure.EventType;
import io.interviewcoach.stats.RollingValues;
import io.interviewcoach.stats.RunningStats;
import io.interviewcoach.face.detection.Point;
import io.interviewcoach.face.metrics.FaceFeatures;
import io.interviewcoach.face.metrics.FaceGeometry;
import io.interviewcoach.media.MediaWindow;
import io.interviewcoach.media.VideoFrame;
import io.interviewcoach.pipeline.FrameResults;
import io.interviewcoach.pipeline.StreamAnalyzer;
import io.interviewcoach.measure.ReportEvent;
import io.interviewcoach.measure.Rounding;

/**
 * Face analysis of one stream: presence, eye contact (head pose + gaze), blinks and eye closures,
 * expressions, several people. Models come from a shared {@link FaceModels}; create one analyzer per stream.
 * Eye contact can be judged against a per-user baseline ({@link #calibrateFrom}, {@code calibrateAtStart}).
 * Formulas and thresholds: docs/scoring.md (face).
 */
public final class FaceAnalyzer implements StreamAnalyzer<FaceWindow, FaceSummary> {
    private static final Logger LOG = Logger.getLogger(FaceAnalyzer.class);
    private static final double DEFAULT_FRAME_INTERVAL = 0.1;
    private static final int BASELINE_HISTORY = 600;
    private static final int MIN_BASELINE_SAMPLES = 10;
    private static final double MIN_BLINK_RATE_SECONDS = 5;
    /** Eye-contact ratio worth full marks: even attentive speakers glance away while thinking. */
    private static final double FULL_CONTACT_RATIO = 0.85;
    /** Eye-contact ratio worth nothing: the viewer rarely feels addressed. */
    private static final double NO_CONTACT_RATIO = 0.3;
    /** Mean standard deviation of the 0..1 expression signals worth full variety marks. */
    private static final double FULL_VARIETY_STD = 0.3;

    private final FaceSettings settings;
    private final FaceTracker tracker;
    private final FrameResults<Tracked> tracked = new FrameResults<>(this::track);
    private final EyeContactModel eyes;
    private final BaselineCalibration baseline;

    private final EventRuns<FaceFrame> noFace;
    private final EventRuns<FaceFrame> lookedAway;
    private final EventRuns<FaceFrame> lookedDown;
    private final EventRuns<FaceFrame> eyesClosed;
    private final EventRuns<FaceFrame> multiplePeople;

    private final RollingValues browHeights = new RollingValues(BASELINE_HISTORY);
    private double browBaseline = Double.NaN;

    private double previousTime = Double.NaN;
    private double frameInterval = DEFAULT_FRAME_INTERVAL;
    private int closedRun;

    // whole-stream tallies
    private int framesAnalyzed;
    private int framesFailed;
    private int faceFrames;
    private int gazeFrames;
    private int contactFrames;
    private int closedFrames;
    private int smilingFrames;
    private int multiFrames;
    private int blinks;
    private int maxFaces;
    private final RunningStats yaw = new RunningStats();
    private final RunningStats pitch = new RunningStats();
    private final RunningStats smile = new RunningStats();
    private final RunningStats brow = new RunningStats();
    private final RunningStats mouth = new RunningStats();
    private final RunningStats mouthScaled = new RunningStats();

    public FaceAnalyzer(FaceModels models, FaceSettings settings) {
        this.settings = settings;
        this.tracker = new FaceTracker(models, settings);
        this.eyes = new EyeContactModel(settings);
        this.baseline = new BaselineCalibration(settings);
        this.noFace = new EventRuns<>(EventType.NO_FACE, settings.minNoFaceSec(), frames -> Map.of());
        this.lookedAway = new EventRuns<>(EventType.LOOKED_AWAY, settings.minLookAwaySec(), settings.maxLookBackSec(), FaceEventDetails::looked);
        this.lookedDown = new EventRuns<>(EventType.LOOKED_DOWN, settings.minLookAwaySec(), settings.maxLookBackSec(), FaceEventDetails::down);
        this.eyesClosed = new EventRuns<>(EventType.EYES_CLOSED, settings.minEyesClosedSec(), FaceEventDetails::closed);
        this.multiplePeople = new EventRuns<>(EventType.MULTIPLE_PEOPLE, 0, frames -> Map.of("maxFaces",
                frames.stream().mapToInt(f -> f.faces() == null ? 0 : f.faces()).max().orElse(0)));
    }

    public FaceAnalyzer(FaceModels models) {
        this(models, FaceSettings.defaults());
    }

    @Override
    public FaceWindow analyze(MediaWindow window) {
        updateBaselines();
        baseline.startWindow();
        List<FaceFrame> frames = new ArrayList<>(window.frames().size());
        int windowBlinks = 0;
        for (VideoFrame video : window.frames()) {
            updateFrameInterval(video.timeSec());
            Tracked t = tracked.take(video);
            FaceFrame frame;
            try {
                if (t.failure() != null) {
                    throw t.failure();
                }
                frame = observe(video, t.result());
            } catch (RuntimeException e) {
                framesFailed++;
                LOG.debugf(e, "face analysis skipped the frame at %.2f s", video.timeSec());
                frame = FaceFrame.failed(video.timeSec());
            }
            baseline.endFrame();
            windowBlinks += record(frame);
            frames.add(frame);
        }
        tracked.forgetBefore(window.endSec());
        baseline.endWindow(window.endSec());
        return summarizeWindow(frames, windowBlinks);
    }

    @Override
    public void prepare(VideoFrame frame) {
        tracked.prepare(frame);
    }

    /** The model chain on one frame; a failure resets the tracking, so the next frame starts afresh. */
    private Tracked track(VideoFrame video) {
        try {
            return new Tracked(tracker.process(video), null);
        } catch (RuntimeException e) {
            tracker.reset();
            return new Tracked(null, e);
        }
    }

    private record Tracked(FaceTracker.Result result, RuntimeException failure) {
    }

    /**
     * Takes a per-user baseline over {@code calibrationSec} of frames from stream time {@code startSec} on (a live
     * session's calibrate message); eye contact is judged against it once the span is over. Thread-safe: call it
     * from any thread; the analyzer takes the request when it starts its next window, so frames already analysed
     * are not used. A new request replaces one not yet finished.
     */
    public void calibrateFrom(double startSec) {
        if (Double.isNaN(startSec)) {
            throw new IllegalArgumentException("a calibration needs a start time, got NaN");
        }
        baseline.request(startSec);
    }

    /** The latest calibration's outcome once its span is over (null before): thread-safe, for a live status. */
    public FaceBaseline latestCalibration() {
        return baseline.latest();
    }

    /** Frames skipped so far because processing them failed. */
    public int framesFailed() {
        return framesFailed;
    }

    private FaceFrame observe(VideoFrame video, FaceTracker.Result r) {
        double t = video.timeSec();
        EyeContactModel.Neutral neutral = baseline.frame(t, r.mesh() != null, frameInterval);
        if (r.mesh() == null) {
            return FaceFrame.noFace(t, r.faces());
        }
        // metrics from the raw mesh: the smoothed one lags and strays from the model's output (docs/validation.md);
        // smoothing is for what is drawn (the overlay's landmarks below)
        FaceFeatures f = FaceGeometry.measure(r.mesh(), r.rightEye(), r.leftEye());
        EyeContactModel.Judgement eye = eyes.judge(f, t, frameInterval, neutral);
        baseline.sample(f, eye);
        browHeights.add(f.browHeight());
        double browRaise = Double.isNaN(browBaseline) ? 0 : clamp((f.browHeight() - browBaseline) / settings.browRaiseRange(), 0, 1);
        double smileIntensity = clamp(0.5 * (f.mouthWidth() - settings.smileNeutralWidth()) / settings.smileWidthRange()
                + 0.5 * f.cornerLift() / settings.smileLiftRange(), 0, 1);
        float[] xy = new float[2 * 468];
        float[] p = r.smoothedMesh().points();
        for (int i = 0; i < 468; i++) {
            xy[2 * i] = p[3 * i];
            xy[2 * i + 1] = p[3 * i + 1];
        }
        return new FaceFrame(t, r.faces(), r.subjectBox(), xy, new Point(r.rightEye().centerX(), r.rightEye().centerY()),
                new Point(r.leftEye().centerX(), r.leftEye().centerY()), f.gazeX(), f.gazeY(), eye.gazeYawDeg(), eye.gazePitchDeg(),
                f.headYawDeg(), f.headPitchDeg(), f.headRollDeg(), eye.eyeContact(), eye.lookingDown(), f.eyeOpenness(),
                eye.eyesClosed(), smileIntensity,
                f.mouthOpen(), browRaise, false);
    }

    /** Adds a frame to the stream tallies and event runs; returns 1 when a blink ended at this frame. */
    private int record(FaceFrame f) {
        double t = f.timeSec();
        if (f.failed()) {
            return 0;
        }
        framesAnalyzed++;
        int faces = f.faces() == null ? 0 : f.faces();
        maxFaces = Math.max(maxFaces, faces);
        if (faces >= 2) {
            multiFrames++;
        }
        multiplePeople.add(t, frameInterval, faces >= 2, f);
        noFace.add(t, frameInterval, !f.faceFound(), f);
        int blinkEnded = 0;
        boolean closedNow = Boolean.TRUE.equals(f.eyesClosed());
        if (!closedNow && closedRun > 0) {
            if (closedRun * frameInterval < settings.minEyesClosedSec() - 1e-6) {
                blinkEnded = 1;
                blinks++;
            }
            closedRun = 0;
        }
        if (!f.faceFound()) {
            lookedAway.add(t, frameInterval, false, f);
            lookedDown.add(t, frameInterval, false, f);
            eyesClosed.add(t, frameInterval, false, f);
            return blinkEnded;
        }
        faceFrames++;
        if (closedNow) {
            closedRun++;
            closedFrames++;
        }
        eyesClosed.add(t, frameInterval, f.eyesClosed() == null ? null : closedNow, f);
        lookedAway.add(t, frameInterval, f.eyeContact() == null ? null : !f.eyeContact() && !f.lookingDown(), f);
        // a closure ends a look down: lids that come down around a blink are no look at notes
        lookedDown.add(t, frameInterval, closedNow ? Boolean.FALSE : f.lookingDown(), f);
        if (f.eyeContact() != null) {
            gazeFrames++;
            if (f.eyeContact()) {
                contactFrames++;
            }
        }
        if (f.smile() >= settings.smilingAt()) {
            smilingFrames++;
        }
        yaw.add(f.headYawDeg());
        pitch.add(f.headPitchDeg());
        smile.add(f.smile());
        brow.add(f.browRaise());
        mouth.add(f.mouthOpen());
        mouthScaled.add(Math.min(1, 2 * f.mouthOpen()));
        return blinkEnded;
    }

    private FaceWindow summarizeWindow(List<FaceFrame> frames, int windowBlinks) {
        List<FaceFrame> ok = frames.stream().filter(f -> !f.failed()).toList();
        if (ok.isEmpty()) {
            return new FaceWindow(null, null, null, null, null, null, null, null, null, null, null, null, null, null, frames);
        }
        List<FaceFrame> withFace = ok.stream().filter(FaceFrame::faceFound).toList();
        double visible = (double) withFace.size() / ok.size();
        Integer faces = ok.stream().mapToInt(f -> f.faces() == null ? 0 : f.faces()).max().orElse(0);
        List<FaceFrame> gaze = withFace.stream().filter(f -> f.eyeContact() != null).toList();
        Double contact = gaze.isEmpty() ? null : Rounding.round(gaze.stream().filter(FaceFrame::eyeContact).count() / (double) gaze.size(), 3);
        List<FaceFrame> eyes = withFace.stream().filter(f -> f.eyesClosed() != null).toList();
        Double closedRatio = eyes.isEmpty() ? null : Rounding.round(eyes.stream().filter(FaceFrame::eyesClosed).count() / (double) eyes.size(), 3);
        return new FaceWindow(visible >= 0.5, Rounding.round(visible, 3), faces, contact,
                mean(withFace, FaceFrame::headYawDeg, 1), mean(withFace, FaceFrame::headPitchDeg, 1),
                mean(withFace, FaceFrame::headRollDeg, 1), mean(gaze, FaceFrame::gazeYawDeg, 1), mean(gaze, FaceFrame::gazePitchDeg, 1),
                mean(withFace, FaceFrame::smile, 3), mean(withFace, FaceFrame::mouthOpen, 3), mean(withFace, FaceFrame::browRaise, 3),
                withFace.isEmpty() && windowBlinks == 0 ? null : windowBlinks, closedRatio, frames);
    }

    @Override
    public FaceSummary finish() {
        for (EventRuns<FaceFrame> runs : List.of(noFace, lookedAway, lookedDown, eyesClosed, multiplePeople)) {
            runs.close();
        }
        if (closedRun > 0 && closedRun * frameInterval < settings.minEyesClosedSec() - 1e-6) {
            blinks++;
        }
        closedRun = 0;
        List<ReportEvent> events = new ArrayList<>();
        for (EventRuns<FaceFrame> runs : List.of(noFace, lookedAway, lookedDown, eyesClosed, multiplePeople)) {
            events.addAll(runs.events());
        }
        events.sort((a, b) -> Double.compare(a.start(), b.start()));
        return new FaceSummary(metrics(events, baseline.finish()), events);
    }

    private FaceMetrics metrics(List<ReportEvent> events, FaceBaseline calibration) {
        if (framesAnalyzed == 0) {
            return new FaceMetrics(null, null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                    0, framesFailed, calibration);
        }
        Double visibleRatio = Rounding.round((double) faceFrames / framesAnalyzed, 3);
        Double multiRatio = Rounding.round((double) multiFrames / framesAnalyzed, 3);
        if (faceFrames == 0) {
            return new FaceMetrics(0.0, null, null, null, null, null, null, null, null, null, null, null, maxFaces, multiRatio,
                    null, framesAnalyzed, framesFailed, calibration);
        }
        Double contactRatio = gazeFrames == 0 ? null : Rounding.round((double) contactFrames / gazeFrames, 3);
        Double contactScore = contactRatio == null ? null : Rounding.round(100 * clamp((contactRatio - NO_CONTACT_RATIO) / (FULL_CONTACT_RATIO - NO_CONTACT_RATIO), 0, 1), 1);
        double faceSeconds = faceFrames * frameInterval;
        Double blinkRate = faceSeconds < MIN_BLINK_RATE_SECONDS ? null : Rounding.round(blinks / (faceSeconds / 60), 1);
        int closures = (int) events.stream().filter(e -> e.type() == EventType.EYES_CLOSED).count();
        Double smileRatio = Rounding.round((double) smilingFrames / faceFrames, 3);
        Double variety = faceFrames < MIN_BASELINE_SAMPLES ? null
                : Rounding.round(100 * clamp((smile.sd() + brow.sd() + mouthScaled.sd()) / 3 / FULL_VARIETY_STD, 0, 1), 1);
        Double engagement = contactRatio == null || variety == null ? null
                : Rounding.round(visibleRatio * (50 * contactRatio + 20 * Math.min(1, smileRatio / 0.25) + 30 * variety / 100), 1);
        return new FaceMetrics(visibleRatio, contactRatio, contactScore, blinkRate, closures, smileRatio, variety, engagement,
                Rounding.round(yaw.sd(), 2), Rounding.round(pitch.sd(), 2), Rounding.round((double) closedFrames / faceFrames, 3), blinks, maxFaces,
                multiRatio, Rounding.round(mouth.mean(), 3), framesAnalyzed, framesFailed, calibration);
    }

    private void updateBaselines() {
        eyes.updateBaselines();
        if (browHeights.size() >= MIN_BASELINE_SAMPLES) {
            browBaseline = browHeights.median();
        }
    }

    private void updateFrameInterval(double t) {
        if (!Double.isNaN(previousTime)) {
            double dt = t - previousTime;
            if (dt > 0 && dt < 1) {
                frameInterval = dt;
            }
        }
        previousTime = t;
    }

    private static Double mean(List<FaceFrame> frames, java.util.function.Function<FaceFrame, Double> value, int digits) {
        double sum = 0;
        int n = 0;
        for (FaceFrame f : frames) {
            Double v = value.apply(f);
            if (v != null) {
                sum += v;
                n++;
            }
        }
        return n == 0 ? null : Rounding.round(sum / n, digits);
    }

    static double clamp(double v, double lo, double hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}
