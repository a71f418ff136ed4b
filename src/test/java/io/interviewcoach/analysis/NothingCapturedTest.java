package io.interviewcoach.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.interviewcoach.measure.EventType;
import io.interviewcoach.console.Progress;
import io.interviewcoach.fusion.CategoryBreakdown;
import io.interviewcoach.fusion.SubScoreResult;
import io.interviewcoach.fusion.feedback.Tip;
import io.interviewcoach.inference.InferencePools;
import io.interviewcoach.media.MediaException;
import io.interviewcoach.media.ReadOptions;
import io.interviewcoach.pipeline.WorkerThreads;
import io.interviewcoach.pose.PoseModels;
import io.interviewcoach.report.Report;
import io.interviewcoach.measure.ReportEvent;
import io.interviewcoach.speech.Transcript;
import io.interviewcoach.speech.Word;
import io.interviewcoach.speech.transcript.TranscriptMismatchException;
import io.interviewcoach.testsupport.SyntheticMedia;
import io.interviewcoach.testsupport.TestAssets;

/**
 * Issue 6 item 5: what was not captured is null with a note that says what to check, never a made-up 0; unusable
 * input is refused in one sentence. Media made here with ffmpeg/sox from the shared clips.
 */
class NothingCapturedTest {
    private static AnalyzerModels models;
    private static ExecutorService pool;
    private static RecordingAnalyzer analyzer;
    private static Report withoutAudio;

    @TempDir
    static Path tmp;

    @BeforeAll
    static void setUp() {
        models = new AnalyzerModels(TestAssets.models(), InferencePools.defaultSize());
        pool = WorkerThreads.inferencePool();
        analyzer = new RecordingAnalyzer(new AnalysisSessionFactory(models, pool, AnalyzerSettings.defaults()));
        withoutAudio = analyze(SyntheticMedia.ffmpeg(tmp.resolve("d9-no-audio.mp4"), "-i", d9(), "-an", "-c:v", "copy"),
                null);
    }

    @AfterAll
    static void close() {
        pool.shutdownNow();
        models.close();
    }

    private static String d9() {
        return TestAssets.media("d9.mp4").toString();
    }

    private static Report analyze(Path file, Transcript transcript) {
        return analyzer.analyze(new AnalysisRequest(file, 10, 1.0, ReadOptions.DEFAULT_MAX_FRAME_SIDE,
                PoseModels.Variant.LITE, transcript, null), Progress.NONE);
    }

    /** d9's picture with another sound track. */
    private static Path d9With(String name, String lavfiAudio) {
        return SyntheticMedia.ffmpeg(tmp.resolve(name), "-i", d9(), "-f", "lavfi", "-i", lavfiAudio, "-map", "0:v",
                "-map", "1:a", "-c:v", "copy", "-c:a", "aac", "-shortest");
    }

    @Test
    void silentTrackIsNoSpeechCapturedAndLeavesFaceAndBodyAsWithoutAudio() {
        assertNotNull(withoutAudio.scores().facialExpression());
        assertNotNull(withoutAudio.scores().bodyLanguage());
        Report digital = analyze(d9With("d9-digital-silence.mp4", "anullsrc=r=44100:cl=mono"), null);
        // white noise of amplitude 10^(-70/20): far below any microphone's self-noise while it is on
        Report noise = analyze(d9With("d9-noise-70dB.mp4", "anoisesrc=a=0.000316:c=white:r=44100"), null);
        for (Report r : List.of(digital, noise)) {
            assertNull(r.scores().vocalDelivery(), "vocal delivery is not measured, not 0");
            assertEquals(withoutAudio.scores().facialExpression(), r.scores().facialExpression());
            assertEquals(withoutAudio.scores().bodyLanguage(), r.scores().bodyLanguage());
            assertEquals(withoutAudio.scores().overall(), r.scores().overall());
            assertTrue(r.feedback().tips().stream().noneMatch(t -> t.area().equals("Time spent speaking")),
                    "no advice built on a silent track: " + r.feedback().tips());
        }
        assertTrue(digital.notes().contains("No speech captured: the audio track is digitally silent, so vocal delivery"
                + " was not scored: is the microphone muted?"), digital.notes().toString());
        String noiseNote = noise.notes().stream().filter(n -> n.startsWith("No speech captured")).findFirst().orElseThrow();
        assertTrue(noiseNote.matches("No speech captured: the audio track is silent \\(its loudest second is -[7-9]\\d"
                + " dBFS, at or below the -60 dBFS noise floor\\), so vocal delivery was not scored: is the microphone"
                + " muted\\?"), noiseNote);
    }

    @Test
    void blackPictureIsNoFaceFoundWhileTheVoiceIsScored() {
        Path black = SyntheticMedia.ffmpeg(tmp.resolve("black.mp4"), "-f", "lavfi", "-i",
                "color=c=black:s=512x512:r=25", "-i", TestAssets.media("katie_hill.mp4").toString(), "-map", "0:v",
                "-map", "1:a", "-c:a", "copy", "-shortest", "-pix_fmt", "yuv420p");
        Report r = analyze(black, null);
        assertEquals(0.0, r.metrics().face().visibleRatio());
        assertNull(r.scores().facialExpression());
        assertNull(r.scores().bodyLanguage());
        assertNotNull(r.scores().vocalDelivery(), "katie_hill's speech is measured");
        assertEquals(r.scores().vocalDelivery(), r.scores().overall(), 0.05);
        assertTrue(r.notes().contains("No face and no person found in any frame, so facial expression and body"
                + " language were not scored: is the camera covered, pointed away or in the dark?"), r.notes().toString());
        assertTrue(r.feedback().tips().stream().noneMatch(t -> t.area().contains("in frame")), r.feedback().tips().toString());
    }

    /** Share of the little-endian float samples in {@code raw} with |x| ≥ 0.99 (the analyzer's clipping level). */
    private static double fullScaleShare(Path raw) {
        try {
            java.nio.FloatBuffer f = java.nio.ByteBuffer.wrap(Files.readAllBytes(raw)).order(java.nio.ByteOrder.LITTLE_ENDIAN)
                    .asFloatBuffer();
            int n = f.remaining();
            int clipped = 0;
            for (int i = 0; i < n; i++) {
                if (Math.abs(f.get(i)) >= 0.99f) {
                    clipped++;
                }
            }
            return clipped / (double) n;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void clippedSpeechGetsTheInputGainTipAndNoLoudnessAdvice() {
        Path clipped = tmp.resolve("jfk-plus30dB.wav");
        SyntheticMedia.run(List.of("sox", TestAssets.media("jfk.flac").toString(), clipped.toString(), "gain", "30"));
        Report r = analyze(clipped, null);
        double ratio = r.metrics().voice().clippingRatio();
        // The oracle: FFmpeg's own 16 kHz resampling of the file, channels averaged, counted here.
        double truth = fullScaleShare(SyntheticMedia.ffmpeg(tmp.resolve("jfk-plus30dB-16k.f32"), "-i", clipped.toString(),
                "-af", "pan=mono|c0=0.5*c0+0.5*c1", "-ar", "16000", "-f", "f32le", "-c:a", "pcm_f32le"));
        assertEquals(truth, ratio, 0.005, "clipped share");
        assertTrue(ratio > 0.25, "clipped share " + ratio);
        List<ReportEvent> events = r.events().stream().filter(e -> e.type() == EventType.CLIPPING).toList();
        assertFalse(events.isEmpty());
        Tip first = r.feedback().tips().get(0);
        assertEquals("Microphone level", first.area());
        assertTrue(first.message().startsWith("Your microphone input is clipping: " + Math.round(ratio * 100)
                + "% of the audio samples hit full scale") && first.message().contains("Lower the microphone input gain"),
                first.message());
        assertEquals("voice.clippingRatio", first.evidence().metric());
        assertEquals(events.get(0).start(), first.evidence().timeRanges().get(0).start(), 0.05);
        assertTrue(r.feedback().tips().stream().noneMatch(t -> t.message().toLowerCase().contains("louder")
                || t.area().equals("Steady volume")), r.feedback().tips().toString());
        CategoryBreakdown vocal = r.scoreBreakdown().stream().filter(c -> c.category().equals("vocalDelivery"))
                .findFirst().orElseThrow();
        for (SubScoreResult line : vocal.subScores()) {
            if (line.key().equals("clarity") || line.key().equals("volumeConsistency")) {
                assertNull(line.score(), line.key() + " is not measured on clipped audio");
            }
        }
        assertNotNull(r.scores().vocalDelivery(), "pace, pitch and pauses are still measured");
        assertTrue(r.notes().stream().anyMatch(n -> n.startsWith("The audio is clipped (")), r.notes().toString());

        Report clean = analyze(TestAssets.media("jfk.flac"), null);
        assertTrue(clean.feedback().tips().stream().noneMatch(t -> t.area().equals("Microphone level")));
        assertTrue(clean.metrics().voice().clippingRatio() < 0.01, "clean: " + clean.metrics().voice().clippingRatio());
        assertNotNull(clean.scoreBreakdown().stream().filter(c -> c.category().equals("vocalDelivery")).findFirst()
                .orElseThrow().subScores().stream().filter(l -> l.key().equals("clarity")).findFirst().orElseThrow()
                .score(), "clarity is scored on clean audio");
    }

    @Test
    void stillImageIsRefused() {
        MediaException e = assertThrows(MediaException.class, () -> analyze(TestAssets.media("sample1.jpg"), null));
        assertEquals("sample1.jpg is a still image, not a recording: an answer is judged on movement and voice over"
                + " time, so record a video of your answer and analyse that.", e.getMessage());
    }

    @Test
    void framesTooSmallAreLeftOutWithANote() {
        Path onePixel = SyntheticMedia.ffmpeg(tmp.resolve("1x1.mkv"), "-f", "lavfi", "-i", "testsrc=s=16x16:r=30:d=2",
                "-vf", "scale=1:1", "-c:v", "ffv1");
        Report nothing = analyze(onePixel, null);
        assertNull(nothing.metrics().face());
        assertNull(nothing.metrics().posture());
        assertNull(nothing.scores().overall(), "nothing analysable: no score at all, not 0");
        assertTrue(nothing.notes().contains("The video frames are 1x1 px, too small to find a face in (at least 32x32"
                + " px), so face and body language were not analysed: record at 640x480 or larger."),
                nothing.notes().toString());

        Path tinyWithVoice = SyntheticMedia.ffmpeg(tmp.resolve("16x16.mp4"), "-i",
                TestAssets.media("katie_hill.mp4").toString(), "-t", "4", "-vf", "scale=16:16", "-pix_fmt", "yuv420p");
        Report r = analyze(tinyWithVoice, null);
        assertNull(r.metrics().face());
        assertNull(r.scores().facialExpression());
        assertNull(r.scores().bodyLanguage());
        assertNotNull(r.scores().vocalDelivery());
        assertTrue(r.notes().contains("The video frames are 16x16 px, too small to find a face in (at least 32x32 px),"
                + " so face and body language were not analysed: record at 640x480 or larger."), r.notes().toString());
    }

    @Test
    void transcriptOfAnotherRecordingIsRefused() throws Exception {
        Path clip = SyntheticMedia.ffmpeg(tmp.resolve("katie-8s.mp4"), "-i", TestAssets.media("katie_hill.mp4").toString(),
                "-c", "copy");
        Transcript later = Transcript.of(Transcript.JSON, List.of(Word.of("much", 30.0, 30.4), Word.of("later", 30.5, 31.0)));
        TranscriptMismatchException e = assertThrows(TranscriptMismatchException.class, () -> analyze(clip, later));
        assertTrue(e.getMessage().startsWith("its words run until 31.0 s but katie-8s.mp4 is only 8.0 s long"),
                e.getMessage());
        assertTrue(Files.exists(clip));
    }
}
