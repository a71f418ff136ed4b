package io.interviewcoach.face;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiConsumer;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;

import io.interviewcoach.config.SettingsOverrides;
import io.interviewcoach.measure.ReportEvent;
import io.interviewcoach.media.MediaWindow;
import io.interviewcoach.media.VideoFrame;
import io.interviewcoach.report.ReportJson;
import io.interviewcoach.testsupport.TestAssets;

/** The per-user baseline (docs/adr/0008-per-user-baseline.md) on real media with the real models. */
class FaceBaselineTest {
    private static FaceModels models;
    private static final Map<String, Run> UNCALIBRATED = new ConcurrentHashMap<>();

    record Run(List<FaceFrame> frames, FaceSummary summary, FaceAnalyzer analyzer) {
        FaceMetrics metrics() {
            return summary.metrics();
        }

        List<FaceFrame> between(double from, double to) {
            return frames.stream().filter(f -> f.timeSec() >= from - 1e-6 && f.timeSec() < to - 1e-6).toList();
        }

        List<ReportEvent> events(String type) {
            return summary.events().stream().filter(e -> e.type().id().equals(type)).toList();
        }
    }

    @BeforeAll
    static void load() {
        models = FaceModels.load(TestAssets.models());
    }

    @AfterAll
    static void close() {
        models.close();
    }

    /** Analyses the windows in order; {@code beforeWindow} runs before window i is analysed (a live session's request). */
    private static Run analyze(List<MediaWindow> windows, FaceSettings settings, BiConsumer<Integer, FaceAnalyzer> beforeWindow) {
        FaceAnalyzer analyzer = new FaceAnalyzer(models, settings);
        List<FaceFrame> frames = new ArrayList<>();
        for (int i = 0; i < windows.size(); i++) {
            beforeWindow.accept(i, analyzer);
            frames.addAll(analyzer.analyze(windows.get(i)).frames());
        }
        return new Run(frames, analyzer.finish(), analyzer);
    }

    private static Run uncalibrated(String clip) {
        return UNCALIBRATED.computeIfAbsent(clip, c -> analyze(FaceTestMedia.windows(c), FaceSettings.defaults(), (i, a) -> { }));
    }

    private static FaceSettings calibrationSec(double seconds) {
        return SettingsOverrides.apply("face", FaceSettings.defaults(), Map.of("calibration-sec", Double.toString(seconds)));
    }

    private static double lookYaw(FaceBaseline b) {
        return b.headYawDeg() + b.gazeYawDeg();
    }

    private static double lookPitch(FaceBaseline b) {
        return b.headPitchDeg() + b.gazePitchDeg();
    }

    /**
     * d3_first6s looks down with lowered lids from 2 s (shared/media/README.md). A calibrate request sent from another
     * thread while the analyzer works on window 1-2 s takes 2-3 s as her straight look: her look at 3.0-3.5 s, the same
     * as at 2-3 s, is eye contact from then on, where without a baseline it is a look down; at 3.9-4.4 s her lids drop
     * to half of that and her head 6° further, which still breaks eye contact.
     */
    @Test
    void aCalibrateRequestFromAnotherThreadMakesTheCalibratedLookEyeContact() throws Exception {
        List<MediaWindow> windows = FaceTestMedia.windows("d3_first6s.mp4");
        FaceAnalyzer analyzer = new FaceAnalyzer(models, calibrationSec(1));
        List<FaceFrame> frames = new ArrayList<>();
        ExecutorService pipeline = Executors.newSingleThreadExecutor();
        try {
            List<Future<FaceWindow>> first = List.of(pipeline.submit(() -> analyzer.analyze(windows.get(0))),
                    pipeline.submit(() -> analyzer.analyze(windows.get(1))));
            Thread socket = new Thread(() -> analyzer.calibrateFrom(2.0), "live-socket");
            socket.start();
            socket.join();
            for (Future<FaceWindow> w : first) {
                frames.addAll(w.get().frames());
            }
            assertNull(analyzer.latestCalibration(), "no calibration has finished yet");
            frames.addAll(pipeline.submit(() -> analyzer.analyze(windows.get(2))).get().frames());
            FaceBaseline live = analyzer.latestCalibration();
            assertNotNull(live, "the calibration is known as soon as the window that completes it is analysed");
            assertTrue(live.used(), live.toString());
            for (MediaWindow w : windows.subList(3, windows.size())) {
                frames.addAll(pipeline.submit(() -> analyzer.analyze(w)).get().frames());
            }
        } finally {
            pipeline.shutdown();
        }
        Run calibrated = new Run(frames, analyzer.finish(), analyzer);
        Run plain = uncalibrated("d3_first6s.mp4");
        assertNull(plain.metrics().baseline(), "no baseline unless asked for");
        FaceBaseline b = calibrated.metrics().baseline();
        System.out.printf("d3_first6s calibrated at 2-3 s: %s%n  eye contact %s (without: %s), events %s%n", b,
                calibrated.metrics().eyeContactRatio(), plain.metrics().eyeContactRatio(), calibrated.summary().events());

        assertTrue(b.used(), b.toString());
        assertNull(b.reason());
        assertEquals(2.0, b.fromSec(), 1e-9);
        assertEquals(3.0, b.toSec(), 1e-9);
        assertTrue(b.frames() >= 8, "usable frames " + b.frames());
        assertTrue(lookPitch(b) < 0 && Math.abs(lookYaw(b)) < 10, "she looked down and at the screen: " + b);

        // before the span ended, judgements are those without a baseline
        List<FaceFrame> before = calibrated.between(0, 3.0);
        List<FaceFrame> beforePlain = plain.between(0, 3.0);
        assertEquals(30, before.size());
        for (int i = 0; i < before.size(); i++) {
            assertEquals(beforePlain.get(i).eyeContact(), before.get(i).eyeContact(), "eye contact at " + before.get(i).timeSec());
            assertEquals(beforePlain.get(i).lookingDown(), before.get(i).lookingDown(), "looking down at " + before.get(i).timeSec());
        }
        // the calibrated look: a look down without the baseline, eye contact with it
        List<FaceFrame> sameLook = calibrated.between(3.0, 3.5);
        assertEquals(5, sameLook.size());
        assertTrue(plain.between(3.0, 3.5).stream().allMatch(f -> Boolean.TRUE.equals(f.lookingDown())));
        assertTrue(sameLook.stream().allMatch(f -> Boolean.TRUE.equals(f.eyeContact())), "eye contact at 3.0-3.5 s");
        // further down than the baseline: still no eye contact
        List<FaceFrame> furtherDown = calibrated.between(3.9, 4.5);
        assertEquals(6, furtherDown.size());
        assertTrue(furtherDown.stream().allMatch(f -> Boolean.TRUE.equals(f.lookingDown())), "looking down at 3.9-4.5 s");
        assertTrue(calibrated.events("lookedDown").stream().anyMatch(e -> e.start() <= 4.0 && e.end() >= 4.4),
                "lookedDown " + calibrated.events("lookedDown"));

        assertTrue(calibrated.metrics().eyeContactRatio() >= plain.metrics().eyeContactRatio() + 0.1,
                calibrated.metrics().eyeContactRatio() + " vs " + plain.metrics().eyeContactRatio());
    }

    /** Looking at the camera while calibrating changes little: the default straight look already fits these faces. */
    @ParameterizedTest
    @ValueSource(strings = {"d9.mp4", "d14.mp4", "d12.mp4"})
    void aCalibrationOnACameraLookKeepsEyeContactClose(String clip) {
        Run calibrated = analyze(FaceTestMedia.windows(clip), FaceSettings.defaults().withBaselineSec(3), (i, a) -> { });
        Run plain = uncalibrated(clip);
        FaceBaseline b = calibrated.metrics().baseline();
        System.out.printf("%s calibrated on 0-3 s: %s; eye contact %s (without: %s)%n", clip, b,
                calibrated.metrics().eyeContactRatio(), plain.metrics().eyeContactRatio());
        assertTrue(b.used(), b.toString());
        assertEquals(0.0, b.fromSec(), 1e-9);
        assertEquals(3.0, b.toSec(), 1e-9);
        assertTrue(b.frames() >= 20, "usable frames " + b.frames());
        assertTrue(Math.abs(lookYaw(b)) < 5 && Math.abs(lookPitch(b)) < 6, "a look at the camera: " + b);
        assertEquals(plain.metrics().eyeContactRatio(), calibrated.metrics().eyeContactRatio(), 0.04);
        assertEquals(plain.events("lookedAway").size(), calibrated.events("lookedAway").size(),
                "lookedAway " + plain.events("lookedAway") + " vs " + calibrated.events("lookedAway"));
    }

    /** Calibrated on d3's first second at the camera, her look down at 2-5 s is still a look down. */
    @Test
    void aLookDownAfterACameraCalibrationStillBreaksEyeContact() {
        Run run = analyze(FaceTestMedia.windows("d3_first6s.mp4"), FaceSettings.defaults().withBaselineSec(1), (i, a) -> { });
        FaceBaseline b = run.metrics().baseline();
        System.out.printf("d3_first6s calibrated on 0-1 s: %s; eye contact %s, events %s%n", b, run.metrics().eyeContactRatio(),
                run.summary().events());
        assertTrue(b.used(), b.toString());
        assertEquals(1.0, b.toSec(), 1e-9);
        List<FaceFrame> down = run.between(2.0, 5.0);
        assertTrue(down.stream().noneMatch(f -> Boolean.TRUE.equals(f.eyeContact())), "no eye contact while looking down");
        double covered = run.events("lookedDown").stream()
                .mapToDouble(e -> Math.max(0, Math.min(e.end(), 5.0) - Math.max(e.start(), 2.0))).sum();
        assertTrue(covered >= 2.5, "lookedDown " + run.events("lookedDown") + " covers " + covered + " s");
        assertTrue(run.metrics().eyeContactRatio() <= 0.35, "eye contact " + run.metrics().eyeContactRatio());
    }

    @Test
    void aCalibrationWithoutAFaceIsNotUsedAndSaysWhy() {
        List<VideoFrame> black = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            black.add(new VideoFrame(i * 0.1, 320, 240, new byte[320 * 240 * 3]));
        }
        List<MediaWindow> windows = List.of(new MediaWindow(0, 0, 1, black.subList(0, 10), null),
                new MediaWindow(1, 1, 2, black.subList(10, 20), null));
        FaceBaseline requested = analyze(windows, calibrationSec(1), (i, a) -> {
            if (i == 0) {
                a.calibrateFrom(0);
            }
        }).metrics().baseline();
        assertFalse(requested.used());
        assertEquals(0.0, requested.fromSec(), 1e-9);
        assertEquals(1.0, requested.toSec(), 1e-9);
        assertEquals(0, requested.frames());
        assertNull(requested.headYawDeg());
        assertTrue(requested.reason().contains("no face"), requested.reason());

        FaceBaseline automatic = analyze(windows, FaceSettings.defaults().withBaselineSec(1), (i, a) -> { }).metrics().baseline();
        assertFalse(automatic.used());
        assertNull(automatic.fromSec());
        assertTrue(automatic.reason().contains("no face"), automatic.reason());
    }

    /** d14 closes her eyes at about 4.8-6.5 s: a calibration from 4.5 s has one frame with open eyes. */
    @Test
    void aCalibrationWithTooFewOpenEyeFramesIsNotUsed() {
        List<MediaWindow> windows = FaceTestMedia.windows("d14.mp4").subList(0, 8);
        Run run = analyze(windows, calibrationSec(1), (i, a) -> {
            if (i == 3) {
                a.calibrateFrom(4.5);
            }
        });
        FaceBaseline b = run.metrics().baseline();
        System.out.println("d14 calibrated at 4.5-5.5 s: " + b);
        assertFalse(b.used(), b.toString());
        assertEquals(4.5, b.fromSec(), 1e-9);
        assertTrue(b.frames() < 5, b.toString());
        assertTrue(b.reason().startsWith("only " + b.frames() + " of the calibration's 10 frames"), b.reason());
        Run plain = analyze(windows, FaceSettings.defaults(), (i, a) -> { });
        assertEquals(plain.metrics().eyeContactRatio(), run.metrics().eyeContactRatio(), "judged without a baseline");
    }

    /**
     * d12 looks aside at 1.2-2.1 s (gaze yaw 21-48°): a calibration there is refused, and the baseline he gave at the
     * camera in his first second stays in use.
     */
    @Test
    void aCalibrationLookingAsideIsRefusedAndTheEarlierBaselineStays() {
        Run run = analyze(FaceTestMedia.windows("d12.mp4"), FaceSettings.defaults().withBaselineSec(1), (i, a) -> {
            if (i == 1) {
                a.calibrateFrom(1.2);
            }
        });
        FaceBaseline refused = run.analyzer().latestCalibration();
        FaceBaseline inUse = run.metrics().baseline();
        System.out.printf("d12: in use %s, refused %s%n", inUse, refused);
        assertFalse(refused.used());
        assertEquals(1.2, refused.fromSec(), 1e-9);
        assertTrue(lookYaw(refused) > 20, refused.toString());
        assertTrue(refused.reason().contains("to the image right of the camera") && refused.reason().contains("at most 20°"),
                refused.reason());
        assertTrue(inUse.used(), inUse.toString());
        assertEquals(0.0, inUse.fromSec(), 1e-9);
        assertEquals(1.0, inUse.toSec(), 1e-9);
    }

    @Test
    void aStreamThatEndsDuringTheCalibrationDoesNotUseIt() {
        Run run = analyze(FaceTestMedia.windows("d0.mp4"), FaceSettings.defaults().withBaselineSec(5), (i, a) -> { });
        FaceBaseline b = run.metrics().baseline();
        assertFalse(b.used(), b.toString());
        assertTrue(b.reason().contains("ended during the calibration"), b.reason());
        assertTrue(b.frames() > 20 && b.headYawDeg() != null, "the medians are still reported: " + b);
        assertEquals(uncalibrated("d0.mp4").metrics().eyeContactRatio(), run.metrics().eyeContactRatio());
    }

    @Test
    void theReportCarriesTheBaselineAndReadsItBack() throws Exception {
        FaceMetrics m = analyze(FaceTestMedia.windows("d0.mp4"), FaceSettings.defaults().withBaselineSec(1), (i, a) -> { }).metrics();
        JsonNode json = ReportJson.mapper().valueToTree(m);
        JsonNode b = json.get("baseline");
        assertTrue(b.get("used").asBoolean(), json.toString());
        for (String field : List.of("fromSec", "toSec", "frames", "headYawDeg", "headPitchDeg", "gazeYawDeg", "gazePitchDeg")) {
            assertTrue(b.get(field).isNumber(), field + " in " + b);
        }
        assertTrue(b.has("reason") && b.get("reason").isNull(), b.toString());
        assertEquals(m, ReportJson.mapper().treeToValue(json, FaceMetrics.class));
        assertTrue(ReportJson.mapper().valueToTree(uncalibrated("d0.mp4").metrics()).get("baseline").isNull());
    }
}
