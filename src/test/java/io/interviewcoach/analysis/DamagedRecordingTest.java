package io.interviewcoach.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.ExecutorService;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

import io.interviewcoach.console.Progress;
import io.interviewcoach.inference.InferencePools;
import io.interviewcoach.media.ReadOptions;
import io.interviewcoach.pipeline.WorkerThreads;
import io.interviewcoach.pose.PoseModels;
import io.interviewcoach.report.Report;
import io.interviewcoach.report.ReportJson;
import io.interviewcoach.testsupport.DamagedMedia;
import io.interviewcoach.testsupport.MultiTrackMedia;
import io.interviewcoach.testsupport.TestAssets;

/** A damaged or unusual file is analysed as far as it goes, and the report says what was and was not analysed. */
class DamagedRecordingTest {
    @TempDir
    static Path tmp;
    private static AnalyzerModels models;
    private static ExecutorService pool;
    private static RecordingAnalyzer analyzer;

    @BeforeAll
    static void analyzer() {
        models = new AnalyzerModels(TestAssets.models(), InferencePools.defaultSize());
        pool = WorkerThreads.inferencePool();
        analyzer = new RecordingAnalyzer(new AnalysisSessionFactory(models, pool, AnalyzerSettings.defaults()));
    }

    @AfterAll
    static void close() {
        pool.shutdownNow();
        models.close();
    }

    private static Report analyze(Path file, Integer audioTrack) {
        return analyzer.analyze(new AnalysisRequest(file, 10, 1.0, ReadOptions.DEFAULT_MAX_FRAME_SIDE,
                PoseModels.Variant.LITE, null, null, audioTrack), Progress.NONE);
    }

    @Test
    void truncatedFileReportsWhatWasAnalysedAndSaysItMayBeTruncated() {
        Path cut = DamagedMedia.truncated(TestAssets.media("d9.mp4"), 0.35, tmp);
        double decodedSec = DamagedMedia.ffprobeFrameCounts(cut)[0] / 30.0;
        Report r = analyze(cut, null);
        JsonNode json = ReportJson.toTree(r);
        assertEquals(19.6, json.at("/media/durationSec").asDouble(), 0.1);
        assertEquals(decodedSec, json.at("/analysis/analyzedDurationSec").asDouble(), 0.1);
        assertEquals(Math.ceil(decodedSec), r.timeline().size(), 1e-9);
        String expected = String.format(java.util.Locale.ROOT, "The file ends at %.1f s although its header says 19.6 s: it may be truncated",
                r.analysis().analyzedDurationSec());
        assertTrue(r.notes().stream().anyMatch(n -> n.startsWith(expected)), r.notes().toString());
        assertTrue(r.metrics().face().visibleRatio() > 0.95, "what is there is analysed");
    }

    @Test
    void framesLostToDamagedBytesAreCountedAndNoted() {
        Path damaged = DamagedMedia.corruptedMiddle(TestAssets.media("d9.mp4"), 200_000, tmp);
        int[] counts = DamagedMedia.ffprobeFrameCounts(damaged);
        Report r = analyze(damaged, null);
        JsonNode json = ReportJson.toTree(r);
        assertEquals(counts[1] - counts[0], json.at("/analysis/framesLost").asInt(), 3);
        assertTrue(r.notes().stream().anyMatch(n -> n.startsWith("About " + r.analysis().framesLost() + " video frames")),
                r.notes().toString());
        assertTrue(r.notes().stream().noneMatch(n -> n.contains("truncated")), "the end is intact: " + r.notes());
    }

    @Test
    void defaultAudioTrackIsAnalysedDescribedAndTheOtherNamed() {
        Path twoTracks = MultiTrackMedia.toneThenDefaultSpeech(tmp.resolve("two-tracks.m4a"), false, 8);
        Report r = analyze(twoTracks, null);
        JsonNode json = ReportJson.toTree(r);
        assertEquals(2, json.at("/media/audio/track").asInt());
        assertEquals(16_000, json.at("/media/audio/sampleRate").asInt());
        assertEquals(1, json.at("/media/otherAudioTracks/0/track").asInt());
        assertTrue(r.metrics().voice().speechRatio() > 0.5, "katie speaks: " + r.metrics().voice().speechRatio());
        assertTrue(r.notes().stream().anyMatch(n -> n.startsWith("The file has 2 audio tracks: track 2 (aac, 16000 Hz")
                && n.contains("track 1 (aac, 48000 Hz, 1 channel) was ignored")), r.notes().toString());

        Report tone = analyze(twoTracks, 1);
        assertEquals(48_000, tone.media().audio().sampleRate());
        assertTrue(tone.metrics().voice().speechRatio() < r.metrics().voice().speechRatio(),
                "a steady tone is not speech like katie's: " + tone.metrics().voice().speechRatio());
    }
}
