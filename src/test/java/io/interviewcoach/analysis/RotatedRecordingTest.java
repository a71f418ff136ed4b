package io.interviewcoach.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import io.interviewcoach.console.Progress;
import io.interviewcoach.inference.InferencePools;
import io.interviewcoach.media.MediaReader;
import io.interviewcoach.media.ReadOptions;
import io.interviewcoach.media.VideoFrame;
import io.interviewcoach.pipeline.WorkerThreads;
import io.interviewcoach.pose.PoseModels;
import io.interviewcoach.report.Report;
import io.interviewcoach.testsupport.RotatedMedia;
import io.interviewcoach.testsupport.SyntheticMedia;
import io.interviewcoach.testsupport.TestAssets;

/**
 * A clip stored turned (pixels rotated or mirrored, metadata turning them back) is analysed as the upright clip is:
 * the figures differ by no more than re-encoding the upright clip moves them.
 */
class RotatedRecordingTest {
    /** Same encoder settings for the reference, its re-encoding and every turned copy: one generation each. */
    private static final String[] ENCODE = {"-c:v", "libx264", "-crf", "18", "-pix_fmt", "yuv420p", "-an"};

    @TempDir
    static Path tmp;
    private static AnalyzerModels models;
    private static ExecutorService pool;
    private static RecordingAnalyzer analyzer;
    private static Map<String, Double> upright;
    private static Map<String, Double> reencodingDrift;

    @BeforeAll
    static void uprightAndReencoded() {
        models = new AnalyzerModels(TestAssets.models(), InferencePools.defaultSize());
        pool = WorkerThreads.inferencePool();
        analyzer = new RecordingAnalyzer(new AnalysisSessionFactory(models, pool, AnalyzerSettings.defaults()));
        // d9: a man facing the camera, 512x480 (not square, so a quarter turn cannot go unnoticed)
        Path source = SyntheticMedia.ffmpeg(tmp.resolve("d9-8s.mp4"), RotatedMedia.concat(new String[] {"-i",
                TestAssets.media("d9.mp4").toString(), "-t", "8"}, ENCODE));
        upright = figures(analyze(source, tmp.resolve("upright-overlay.mp4")));
        Path again = SyntheticMedia.ffmpeg(tmp.resolve("d9-8s-again.mp4"), RotatedMedia.concat(new String[] {"-i", source.toString()}, ENCODE));
        Map<String, Double> reencoded = figures(analyze(again, null));
        reencodingDrift = new LinkedHashMap<>();
        upright.forEach((k, v) -> reencodingDrift.put(k, Math.abs(v - reencoded.get(k))));
        System.out.println("upright " + upright + "\nre-encoding drift " + reencodingDrift);
    }

    @AfterAll
    static void close() {
        pool.shutdownNow();
        models.close();
    }

    @ParameterizedTest
    @EnumSource(value = RotatedMedia.Case.class, names = {"MATRIX_CW90", "MATRIX_CCW90", "MATRIX_180", "MIRRORED"})
    void turnedClipGivesTheUprightFigures(RotatedMedia.Case c) {
        Path turned = RotatedMedia.make(tmp.resolve("d9-8s.mp4"), c, tmp, ENCODE);
        Report r = analyze(turned, null);
        Map<String, Double> got = figures(r);
        System.out.println(c + " " + got);
        for (var e : upright.entrySet()) {
            double allowed = Math.max(2 * reencodingDrift.get(e.getKey()), floor(e.getKey()));
            assertEquals(e.getValue(), got.get(e.getKey()), allowed, c + ": " + e.getKey() + " (re-encoding moved it by "
                    + reencodingDrift.get(e.getKey()) + ")");
        }
        assertTrue(r.notes().stream().anyMatch(n -> n.contains("turned upright")), r.notes().toString());
    }

    @Test
    void overlayOfAPhoneStyleClipIsUpright() {
        // the repro: rotate=270 with stream copy writes a display matrix of -90°
        Path turned = RotatedMedia.make(tmp.resolve("d9-8s.mp4"), RotatedMedia.Case.MATRIX_CW90, tmp, ENCODE);
        Path overlay = tmp.resolve("turned-overlay.mp4");
        analyze(turned, overlay);
        VideoFrame mine = frameAt(overlay, 40);
        VideoFrame reference = frameAt(tmp.resolve("upright-overlay.mp4"), 40);
        assertEquals(reference.width(), mine.width());
        assertEquals(reference.height(), mine.height());
        double diff = RotatedMedia.meanAbsDiff(reference, mine);
        assertTrue(diff < 6, "overlay frame differs from the upright clip's by " + diff);
    }

    /** Below these the figures are indistinguishable (a frame or two of 80, a point or two of score). */
    private static double floor(String key) {
        return key.endsWith("Ratio") ? 0.04 : 3.0;
    }

    private static Report analyze(Path file, Path overlay) {
        return OverlayRecording.analyze(analyzer, new AnalysisRequest(file, 10, 1.0, ReadOptions.DEFAULT_MAX_FRAME_SIDE,
                PoseModels.Variant.LITE, null, null), overlay);
    }

    private static Map<String, Double> figures(Report r) {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("face.visibleRatio", r.metrics().face().visibleRatio());
        m.put("face.eyeContactRatio", r.metrics().face().eyeContactRatio());
        m.put("face.multiplePeopleRatio", r.metrics().face().multiplePeopleRatio());
        m.put("face.smileRatio", r.metrics().face().smileRatio());
        m.put("posture.visibleRatio", r.metrics().posture().visibleRatio());
        m.put("posture.postureScore", r.metrics().posture().postureScore());
        m.put("posture.headPositionScore", r.metrics().posture().headPositionScore());
        m.put("scores.bodyLanguage", r.scores().bodyLanguage());
        m.put("scores.facialExpression", r.scores().facialExpression());
        m.values().forEach(v -> assertTrue(v != null, "every figure is measured on d9: " + m));
        return m;
    }

    private static VideoFrame frameAt(Path file, int index) {
        try (MediaReader reader = MediaReader.open(file, ReadOptions.of(10, 1.0))) {
            var it = reader.windows();
            int seen = 0;
            while (it.hasNext()) {
                for (VideoFrame f : it.next().frames()) {
                    if (seen++ == index) {
                        return f;
                    }
                }
            }
        }
        throw new AssertionError(file + " has fewer than " + (index + 1) + " frames");
    }
}
