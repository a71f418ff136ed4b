package io.interviewcoach.face;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;

import io.interviewcoach.face.metrics.FaceFeatures;
import io.interviewcoach.measure.Rounding;
import io.interviewcoach.stats.RollingValues;

/**
 * The per-user baseline of one stream: when a calibration runs, what it collects, and which baseline eye contact
 * is judged against. A calibration starts at the first frame with a face ({@code calibrateAtStart}) or at a
 * request ({@link #request}, from any thread, taken at the start of the next window), spans {@code calibrationSec},
 * and gives medians of the head pose and eye-in-head angles of its frames with a face and open eyes. Frames are
 * judged against a baseline once its span has ended; frames before and during the span against the defaults
 * (or the earlier baseline). A baseline that points too far from the camera or rests on too few frames is not
 * used, and says why; an earlier usable baseline then stays in use. docs/adr/0008-per-user-baseline.md.
 */
final class BaselineCalibration {
    /** Fewest usable frames a baseline can rest on, whatever the frame rate. */
    private static final int MIN_FRAMES = 5;
    /** Highest frame rate a span's sample buffer is sized for; faster streams keep the span's last frames. */
    private static final int MAX_FPS = 60;

    private final FaceSettings settings;
    private final AtomicReference<Double> requested = new AtomicReference<>();
    private boolean waitingForFace;
    private Span span;
    /** The span the frame being analysed belongs to, null when none. */
    private Span current;
    private EyeContactModel.Neutral neutral;
    private FaceBaseline inUse;
    /** Written by the analysing thread, read by a live session's. */
    private volatile FaceBaseline latest;

    BaselineCalibration(FaceSettings settings) {
        this.settings = settings;
        this.waitingForFace = settings.calibrateAtStart();
    }

    /** Asks for a calibration from stream time {@code fromSec} on (thread-safe); a later request replaces it. */
    void request(double fromSec) {
        requested.set(fromSec);
    }

    /** Call at the start of each window: a pending request starts a new calibration (dropping one in progress). */
    void startWindow() {
        Double from = requested.getAndSet(null);
        if (from != null) {
            waitingForFace = false;
            span = new Span(from);
        }
    }

    /**
     * Call for each analysed frame before judging it: ends a span that is over, starts the automatic one at the
     * first face, counts the frame in a running span. Returns the baseline to judge the frame against, or null.
     */
    EyeContactModel.Neutral frame(double timeSec, boolean face, double frameIntervalSec) {
        if (span != null && span.started() && timeSec >= span.endSec() - 1e-6) {
            close(span.endSec(), false); // frames were missing at its end
        }
        if (waitingForFace && face) {
            waitingForFace = false;
            span = new Span(timeSec);
        }
        current = span != null && timeSec >= span.fromSec - 1e-6 ? span : null;
        if (current != null) {
            current.count(timeSec, frameIntervalSec);
        }
        return neutral;
    }

    /** Call after judging a frame passed to {@link #frame}: a frame of a span with a face and open eyes is a sample. */
    void sample(FaceFeatures f, EyeContactModel.Judgement eye) {
        if (current != null && Boolean.FALSE.equals(eye.eyesClosed()) && f.gazeX() != null && f.gazeY() != null
                && f.eyeOpenness() != null) {
            current.add(settings, f);
        }
    }

    /** Call after each frame, measured or not: ends a span this frame completed, so the next frame is judged with it. */
    void endFrame() {
        if (current != null && current == span && span.complete()) {
            close(span.endSec(), false);
        }
        current = null;
    }

    /** Call after each window: a span its frames carried up to the window's end is over. */
    void endWindow(double windowEndSec) {
        if (span != null && span.started()) {
            span.lastEndSec = Math.max(span.lastEndSec, windowEndSec);
            if (span.complete()) {
                close(span.endSec(), false);
            }
        }
    }

    /** The latest calibration's outcome once its span is over; null before. */
    FaceBaseline latest() {
        return latest;
    }

    /** The baseline for the report, once the stream has ended: the one in use, else the last attempt, else null. */
    FaceBaseline finish() {
        startWindow();
        if (span != null) {
            close(span.started() ? span.lastEndSec : Double.NaN, true);
        } else if (waitingForFace) {
            waitingForFace = false;
            latest = FaceBaseline.notTaken("no face was found, so no baseline was taken");
        }
        return inUse != null ? inUse : latest;
    }

    private void close(double toSec, boolean streamEnded) {
        Span s = span;
        span = null;
        if (!s.started()) {
            latest = FaceBaseline.notTaken("the stream ended before the calibration started");
            return;
        }
        int usable = s.headYaw.size();
        Double from = Rounding.round(s.startSec, 2);
        Double to = Rounding.round(toSec, 2);
        if (usable == 0) {
            latest = new FaceBaseline(from, to, 0, null, null, null, null, false,
                    "no face with open eyes during the calibration");
            return;
        }
        double headYaw = s.headYaw.median();
        double headPitch = s.headPitch.median();
        double eyeYaw = s.eyeYaw.median();
        double eyePitch = s.eyePitch.median();
        double lookYaw = headYaw + eyeYaw;
        double lookPitch = headPitch - settings.neutralHeadPitchDeg() + eyePitch;
        String reason = reason(s, usable, lookYaw, lookPitch, streamEnded);
        latest = new FaceBaseline(from, to, usable, Rounding.round(headYaw, 1),
                Rounding.round(headPitch - settings.neutralHeadPitchDeg(), 1), Rounding.round(eyeYaw, 1),
                Rounding.round(eyePitch, 1), reason == null, reason);
        if (reason == null) {
            inUse = latest;
            neutral = new EyeContactModel.Neutral(headYaw, headPitch, eyeYaw, eyePitch, s.gazeY.median(), s.openness.median());
        }
    }

    private String reason(Span s, int usable, double lookYaw, double lookPitch, boolean streamEnded) {
        if (streamEnded) {
            return "the stream ended during the calibration, so no frame was judged against it";
        }
        int needed = Math.max(MIN_FRAMES, (int) Math.ceil(settings.minBaselineFrameShare() * s.frames - 1e-9));
        if (usable < needed) {
            return String.format(Locale.ROOT, "only %d of the calibration's %d frames had a face with open eyes (%d needed)",
                    usable, s.frames, needed);
        }
        if (Math.abs(lookYaw) > settings.maxBaselineYawDeg()) {
            return String.format(Locale.ROOT, "the candidate looked %.0f° to the %s of the camera while calibrating (at most %.0f°)",
                    Math.abs(lookYaw), lookYaw > 0 ? "image right" : "image left", settings.maxBaselineYawDeg());
        }
        if (Math.abs(lookPitch) > settings.maxBaselinePitchDeg()) {
            return String.format(Locale.ROOT, "the candidate looked %.0f° %s the camera while calibrating (at most %.0f°)",
                    Math.abs(lookPitch), lookPitch > 0 ? "above" : "below", settings.maxBaselinePitchDeg());
        }
        return null;
    }

    /** One calibration span: from a requested time, starting at the first frame at or after it. */
    private final class Span {
        final double fromSec;
        double startSec = Double.NaN;
        double lastEndSec;
        int frames;
        final RollingValues headYaw = values();
        final RollingValues headPitch = values();
        final RollingValues eyeYaw = values();
        final RollingValues eyePitch = values();
        final RollingValues gazeY = values();
        final RollingValues openness = values();

        Span(double fromSec) {
            this.fromSec = fromSec;
        }

        boolean started() {
            return !Double.isNaN(startSec);
        }

        double endSec() {
            return startSec + settings.calibrationSec();
        }

        /** Its frames reach its end (a frame lasts until the next one). */
        boolean complete() {
            return started() && lastEndSec >= endSec() - 1e-6;
        }

        void count(double timeSec, double frameIntervalSec) {
            if (!started()) {
                startSec = timeSec;
            }
            frames++;
            lastEndSec = timeSec + frameIntervalSec;
        }

        void add(FaceSettings s, FaceFeatures f) {
            headYaw.add(f.headYawDeg());
            headPitch.add(f.headPitchDeg());
            eyeYaw.add(EyeContactModel.eyeYawDeg(s, f.gazeX()));
            eyePitch.add(EyeContactModel.eyePitchDeg(s, f.gazeY()));
            gazeY.add(f.gazeY());
            openness.add(f.eyeOpenness());
        }

        private RollingValues values() {
            return new RollingValues((int) Math.ceil(settings.calibrationSec() * MAX_FPS) + 1);
        }
    }
}
