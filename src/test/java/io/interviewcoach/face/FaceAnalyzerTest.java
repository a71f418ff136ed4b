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

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import io.interviewcoach.media.MediaWindow;
import io.interviewcoach.media.VideoFrame;
import io.interviewcoach.measure.ReportEvent;
import io.interviewcoach.testsupport.TestAssets;

class FaceAnalyzerTest {
    private static FaceModels models;
    private static final Map<String, Run> RUNS = new ConcurrentHashMap<>();

    record Run(List<FaceWindow> windows, FaceSummary summary, FaceAnalyzer analyzer) {
        List<FaceFrame> frames() {
            List<FaceFrame> out = new ArrayList<>();
            windows.forEach(w -> out.addAll(w.frames()));
            return out;
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

    static Run run(String media) {
        return RUNS.computeIfAbsent(media, m -> analyze(FaceTestMedia.windows(m)));
    }

    static Run analyze(List<MediaWindow> windows) {
        FaceAnalyzer analyzer = new FaceAnalyzer(models);
        List<FaceWindow> out = new ArrayList<>();
        for (MediaWindow w : windows) {
            out.add(analyzer.analyze(w));
        }
        return new Run(out, analyzer.finish(), analyzer);
    }

    private static boolean overlaps(ReportEvent e, double from, double to) {
        return e.start() < to && e.end() > from;
    }

    @ParameterizedTest
    @ValueSource(strings = {"d9.mp4", "d12.mp4", "d14.mp4", "s20.mp4", "katie_hill.mp4"})
    void faceIsVisibleAndAlone(String clip) {
        Run run = run(clip);
        FaceMetrics m = run.summary().metrics();
        System.out.printf("%s: %s%n  events %s%n", clip, m, run.summary().events().stream()
                .map(e -> e.type() + "[" + e.start() + "-" + e.end() + "]").toList());
        assertTrue(m.visibleRatio() >= 0.95, clip + " visible " + m.visibleRatio());
        assertEquals(0, m.framesFailed());
        assertTrue(run.events("multiplePeople").isEmpty(), clip + ": " + run.events("multiplePeople"));
        assertNotNull(m.eyeContactRatio());
        assertNotNull(m.expressionVarietyScore());
        assertTrue(run.windows().stream().allMatch(w -> Boolean.TRUE.equals(w.faceVisible()) || w.frames().size() < 3));
        FaceFrame some = run.frames().get(run.frames().size() / 2);
        assertEquals(2 * 468, some.landmarks().length);
        assertTrue(some.faceBox().width() > 40, "face box " + some.faceBox());
    }

    @Test
    void timelineJsonLeavesPerFrameDetailsOut() throws Exception {
        FaceWindow window = run("d0.mp4").windows().get(1);
        String json = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(window);
        assertTrue(json.contains("\"eyeContact\"") && json.contains("\"headYawDeg\""), json);
        assertFalse(json.contains("landmarks") || json.contains("frames"), json);
        assertTrue(json.length() < 600, "small timeline entry: " + json.length() + " chars");
    }

    @Test
    void eyeClosuresInD9AreFoundWhereTheyHappen() {
        Run run = run("d9.mp4");
        List<ReportEvent> closures = run.events("eyesClosed");
        assertTrue(closures.stream().anyMatch(e -> overlaps(e, 12.5, 14.5)), "closures " + closures);
        assertTrue(closures.stream().anyMatch(e -> overlaps(e, 17.3, 19.0)), "closures " + closures);
        assertTrue(closures.stream().allMatch(e -> overlaps(e, 12.5, 14.5) || overlaps(e, 17.3, 19.0)), "closures " + closures);
        // elsewhere the eyes are open apart from blinks
        List<FaceFrame> elsewhere = run.frames().stream()
                .filter(f -> f.timeSec() < 12.0 || (f.timeSec() > 15 && f.timeSec() < 17)).toList();
        long closed = elsewhere.stream().filter(f -> Boolean.TRUE.equals(f.eyesClosed())).count();
        assertTrue(closed < 0.15 * elsewhere.size(), closed + " of " + elsewhere.size() + " frames closed");
        FaceMetrics m = run.summary().metrics();
        assertTrue(m.blinkCount() >= 4 && m.blinkCount() <= 20, "blinks " + m.blinkCount());
        assertTrue(m.blinkRatePerMin() > 10 && m.blinkRatePerMin() < 70, "blink rate " + m.blinkRatePerMin());
    }

    @Test
    void sidewaysGlanceInD14IsCaughtByGazeWhileTheHeadStaysStill() {
        Run run = run("d14.mp4");
        List<ReportEvent> away = run.events("lookedAway");
        assertTrue(away.stream().anyMatch(e -> overlaps(e, 2.5, 3.2)), "lookedAway " + away);
        List<FaceFrame> glance = run.frames().stream().filter(f -> f.timeSec() >= 2.7 && f.timeSec() <= 3.1).toList();
        assertFalse(glance.isEmpty());
        for (FaceFrame f : glance) {
            assertEquals(Boolean.FALSE, f.eyeContact(), "eye contact at " + f.timeSec());
            assertTrue(Math.abs(f.headYawDeg()) < 10, "head yaw " + f.headYawDeg() + " at " + f.timeSec());
            assertTrue(Math.abs(f.gazeYawDeg()) > 20, "gaze yaw " + f.gazeYawDeg() + " at " + f.timeSec());
        }
        // at the start she looks into the camera
        assertTrue(run.frames().stream().filter(f -> f.timeSec() < 0.5).allMatch(f -> Boolean.TRUE.equals(f.eyeContact())));
    }

    /** d3_first6s is labelled per second in shared/media/README.md: camera 0-1 s, sideways 1-2 s, down 2-5 s, camera 5.5-6 s. */
    @Test
    void lookingDownInD3BreaksEyeContactAndIsNotABlink() {
        Run run = run("d3_first6s.mp4");
        FaceMetrics m = run.summary().metrics();
        System.out.printf("d3_first6s: eye contact %s, events %s%n", m.eyeContactRatio(), run.summary().events());
        assertTrue(m.eyeContactRatio() >= 0.1 && m.eyeContactRatio() <= 0.35, "eye contact " + m.eyeContactRatio() + ", labelled about 0.2");
        List<ReportEvent> down = run.events("lookedDown");
        double covered = down.stream().mapToDouble(e -> Math.max(0, Math.min(e.end(), 5.0) - Math.max(e.start(), 2.0))).sum();
        assertTrue(covered >= 2.5, "lookedDown " + down + " covers " + covered + " s of the 3 s looking down");
        assertTrue(down.stream().allMatch(e -> overlaps(e, 1.5, 6.0)), "lookedDown " + down);
        assertTrue(run.events("lookedAway").stream().noneMatch(e -> overlaps(e, 2.5, 4.5)), "looking down is not lookedAway " + run.events("lookedAway"));
        List<FaceFrame> looksDown = run.frames().stream().filter(f -> f.timeSec() >= 2.0 && f.timeSec() < 5.0).toList();
        assertEquals(30, looksDown.size());
        assertTrue(looksDown.stream().noneMatch(f -> Boolean.TRUE.equals(f.eyeContact())), "no eye contact while looking down");
        long open = looksDown.stream().filter(f -> Boolean.FALSE.equals(f.eyesClosed())).count();
        long judgedDown = looksDown.stream().filter(f -> Boolean.TRUE.equals(f.lookingDown())).count();
        assertTrue(open >= 28, open + " of 30 frames with lowered lids judged open");
        assertTrue(judgedDown >= 27, judgedDown + " of 30 frames judged looking down");
        assertTrue(run.events("eyesClosed").isEmpty(), "lowered lids are no closure " + run.events("eyesClosed"));
        // at the camera: the first second (a wink in half the frames) and the last half second; none of it looks down
        List<FaceFrame> atCamera = run.frames().stream().filter(f -> f.timeSec() < 1.0 || f.timeSec() >= 5.55).toList();
        assertTrue(atCamera.stream().noneMatch(f -> Boolean.TRUE.equals(f.lookingDown())), "camera frames judged looking down");
        long contact = atCamera.stream().filter(f -> Boolean.TRUE.equals(f.eyeContact())).count();
        assertTrue(contact >= 7, contact + " of 14 frames at the camera judged eye contact");
    }

    @Test
    void speakerLooksIntoTheCamera() {
        FaceMetrics m = run("katie_hill.mp4").summary().metrics();
        assertTrue(m.eyeContactRatio() > 0.7, "eye contact " + m.eyeContactRatio());
        assertTrue(m.eyeContactScore() >= 80, "score " + m.eyeContactScore());
        assertTrue(m.engagementScore() > 40 && m.engagementScore() <= 100, "engagement " + m.engagementScore());
    }

    @ParameterizedTest
    @CsvSource({"sample1.jpg,3", "sample2.jpg,3", "sample3.jpg,3", "sample4.jpg,4", "sample5.jpg,5", "sample6.jpg,4"})
    void groupPhotosCountPeople(String picture, int expected) {
        Run run = analyze(FaceTestMedia.windows(picture));
        FaceMetrics m = run.summary().metrics();
        assertTrue(Math.abs(m.maxFaces() - expected) <= 1, picture + ": " + m.maxFaces() + " faces, expected " + expected);
        assertEquals(1, run.events("multiplePeople").size(), "events " + run.summary().events());
        assertEquals(1.0, m.visibleRatio());
    }

    @Test
    void noFaceGivesZeroVisibilityAndNullMeasurements() {
        List<VideoFrame> black = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            black.add(new VideoFrame(i * 0.1, 320, 240, new byte[320 * 240 * 3]));
        }
        Run run = analyze(List.of(new MediaWindow(0, 0, 1, black.subList(0, 10), null),
                new MediaWindow(1, 1, 2, black.subList(10, 15), null)));
        FaceMetrics m = run.summary().metrics();
        assertEquals(0.0, m.visibleRatio());
        assertNull(m.eyeContactRatio());
        assertNull(m.smileRatio());
        assertNull(m.engagementScore());
        assertEquals(Boolean.FALSE, run.windows().get(0).faceVisible());
        assertNull(run.windows().get(0).eyeContact());
        List<ReportEvent> noFace = run.events("noFace");
        assertEquals(1, noFace.size());
        assertEquals(0.0, noFace.get(0).start(), 1e-9);
        assertEquals(1.5, noFace.get(0).end(), 1e-6);
    }

    @Test
    void aBadFrameIsSkippedAndCounted() {
        List<VideoFrame> frames = new ArrayList<>(FaceTestMedia.frames("d0.mp4").subList(0, 12));
        frames.set(3, new VideoFrame(frames.get(3).timeSec(), 0, 0, new byte[0]));
        Run run = analyze(List.of(new MediaWindow(0, 0, 1.2, frames, null)));
        FaceMetrics m = run.summary().metrics();
        assertEquals(1, m.framesFailed());
        assertEquals(11, m.framesAnalyzed());
        assertEquals(1.0, m.visibleRatio());
        assertTrue(run.frames().get(3).failed());
        assertTrue(run.frames().get(4).faceFound(), "tracking recovers after the bad frame");
    }
}
