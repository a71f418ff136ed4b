package io.interviewcoach.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.interviewcoach.report.ReportJson;
import io.interviewcoach.testsupport.TestAssets;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;

/** The binary as a user runs it: arguments in, exit code, stdout and files out. */
@QuarkusMainTest
class AnalyzeCommandTest {
    private static String modelsDir;

    @BeforeAll
    static void models() {
        modelsDir = TestAssets.models().dir().toString();
    }

    @Test
    void analyzeWritesJsonAndHtmlAndPrintsASummary(QuarkusMainLauncher launcher) throws Exception {
        Path dir = Files.createTempDirectory("analyze");
        Path json = dir.resolve("k.json");
        Path html = dir.resolve("k.html");
        // the first two cues of conflict-answer.srt, timed to fit the 8 s clip (a longer transcript is refused)
        Path srt = Files.writeString(dir.resolve("answer.srt"), "1\n00:00:00,500 --> 00:00:05,100\nSo, um, at my previous"
                + " job I was working on a payments team.\n\n2\n00:00:05,300 --> 00:00:07,900\nOur lead engineer and I, uh,"
                + " we had a disagreement about the database migration.\n");
        LaunchResult r = launcher.launch("analyze", TestAssets.media("katie_hill.mp4").toString(), "--models-dir", modelsDir,
                "--json", json.toString(), "--html", html.toString(), "-q",
                "--transcript", srt.toString(), "--question", "conflict-teammate");
        assertEquals(0, r.exitCode(), r.getErrorOutput());
        assertTrue(r.getOutput().contains("Scores: overall"), r.getOutput());
        JsonNode report = ReportJson.mapper().readTree(json.toFile());
        assertEquals(8.0, report.at("/media/durationSec").asDouble(), 0.1);
        assertTrue(report.at("/metrics/face/eyeContactRatio").asDouble() > 0.7, "katie looks at the camera");
        assertTrue(report.at("/metrics/speech/contentRelevanceScore").isNumber(), "relevance measured with --question");
        assertEquals("captions", report.at("/transcript/source").asText());
        String page = Files.readString(html);
        assertTrue(page.contains("katie_hill.mp4") && page.contains("<svg"));
    }

    @Test
    void textZeroByteRandomAndFolderInputsExitThreeWithOnePlainSentence(QuarkusMainLauncher launcher) throws Exception {
        Path dir = Files.createTempDirectory("not-media");
        Path text = Files.writeString(dir.resolve("notes.mp4"), "not a video at all");
        Path empty = Files.createFile(dir.resolve("empty.mp4"));
        byte[] noise = new byte[200_000];
        new Random(7).nextBytes(noise);
        Path random = Files.write(dir.resolve("noise.mov"), noise);
        for (Path input : List.of(text, random)) {
            LaunchResult r = launcher.launch("analyze", input.toString(), "--models-dir", modelsDir, "-q");
            assertEquals(3, r.exitCode(), r.getErrorOutput());
            assertOnePlainSentence(r, "coach analyze: " + input + " is not a media file FFmpeg can read; check that it "
                    + "is an audio or video recording (mp4, mov, webm, mkv, wav, mp3…) and export it again if it is damaged");
        }
        LaunchResult r = launcher.launch("analyze", empty.toString(), "--models-dir", modelsDir, "-q");
        assertEquals(3, r.exitCode());
        assertOnePlainSentence(r, "coach analyze: " + empty + " is empty (0 bytes); record or export the answer again");
        LaunchResult folder = launcher.launch("analyze", dir.toString(), "--models-dir", modelsDir, "-q");
        assertEquals(3, folder.exitCode());
        assertOnePlainSentence(folder, "coach analyze: " + dir + " is a folder; give the recording file itself");
    }

    @Test
    void anOutputThatIsTheInputThroughASymbolicOrHardLinkIsRefusedAndTheInputKept(QuarkusMainLauncher launcher)
            throws Exception {
        Path dir = Files.createTempDirectory("links");
        Path input = Files.copy(TestAssets.media("d0.mp4"), dir.resolve("answer.mp4"));
        byte[] before = Files.readAllBytes(input);
        Path symlink = Files.createSymbolicLink(dir.resolve("report.json"), input);
        Path hardLink = Files.createLink(dir.resolve("overlay.mp4"), input);

        LaunchResult viaSymlink = launcher.launch("analyze", input.toString(), "--json", symlink.toString(),
                "--models-dir", modelsDir, "-q");
        LaunchResult viaHardLink = launcher.launch("analyze", input.toString(), "--overlay", hardLink.toString(),
                "--models-dir", modelsDir, "-q");
        LaunchResult sameText = launcher.launch("analyze", input.toString(), "--html", input.toString(),
                "--models-dir", modelsDir, "-q");

        assertEquals(2, viaSymlink.exitCode());
        assertOnePlainSentence(viaSymlink, "coach analyze: --json " + symlink + " is the input recording " + input
                + " (through a link) and would be overwritten; choose another output file");
        assertEquals(2, viaHardLink.exitCode());
        assertOnePlainSentence(viaHardLink, "coach analyze: --overlay " + hardLink + " is the input recording " + input
                + " (through a link) and would be overwritten; choose another output file");
        assertEquals(2, sameText.exitCode());
        assertOnePlainSentence(sameText, "coach analyze: --html " + input
                + " is the input recording and would be overwritten; choose another output file");
        assertArrayEquals(before, Files.readAllBytes(input), "the recording is untouched");
    }

    @Test
    void jsonAndHtmlToOneFileAreRefused(QuarkusMainLauncher launcher) throws Exception {
        Path dir = Files.createTempDirectory("one-path");
        Path out = dir.resolve("report.out");
        Path alias = Files.createSymbolicLink(dir.resolve("alias"), dir);
        LaunchResult r = launcher.launch("analyze", TestAssets.media("d0.mp4").toString(), "--json", out.toString(),
                "--html", alias.resolve("report.out").toString(), "--models-dir", modelsDir, "-q");
        assertEquals(2, r.exitCode());
        assertOnePlainSentence(r, "coach analyze: --json and --html both write " + alias.resolve("report.out")
                + " and would overwrite each other; give each its own file");
        assertFalse(Files.exists(out));
    }

    @Test
    void anOutputThatIsAFolderIsRefusedBeforeTheAnalysis(QuarkusMainLauncher launcher) throws Exception {
        Path folder = Files.createTempDirectory("out-folder");
        launcher.launch("analyze", "--help"); // the first launch in a JVM builds the application: not timed
        for (String option : List.of("--json", "--html", "--overlay")) {
            long start = System.nanoTime();
            LaunchResult r = launcher.launch("analyze", TestAssets.media("d9.mp4").toString(), option, folder.toString(),
                    "--models-dir", modelsDir, "-q");
            double seconds = (System.nanoTime() - start) / 1e9;
            assertEquals(5, r.exitCode(), r.getErrorOutput());
            assertTrue(r.getErrorOutput().startsWith("coach analyze: cannot write " + option + " " + folder
                    + ": it is a folder; give a file name, e.g. " + folder + "/"), r.getErrorOutput());
            assertOnePlainSentence(r, r.getErrorOutput().strip());
            assertFalse(r.getOutput().contains("Scores"), "no analysis ran: " + r.getOutput());
            // Analysing d9 takes well over 10 s here; a start under load alone can take 3 s.
            assertTrue(seconds < 10, "refused before analysing 19.6 s of video: " + seconds + " s");
        }
    }

    @Test
    void audioOnlyInputWithOverlaySaysNoOverlayIsWrittenAndHowToAddSpeechRecognition(QuarkusMainLauncher launcher)
            throws Exception {
        Path overlay = Files.createTempDirectory("audio-only").resolve("ov.mp4");
        LaunchResult r = launcher.launch("analyze", TestAssets.media("jfk.flac").toString(), "--overlay",
                overlay.toString(), "--models-dir", modelsDir, "-q");
        assertEquals(0, r.exitCode(), r.getErrorOutput());
        assertTrue(r.getOutput().contains("No overlay written: " + TestAssets.media("jfk.flac")
                + " has no video stream, so there are no frames to draw on."), r.getOutput());
        assertFalse(r.getOutput().contains("wrote " + overlay), r.getOutput());
        assertFalse(Files.exists(overlay));
        List<String> voskHint = r.getOutput().lines().filter(l -> l.contains("coach models pull vosk-small-en-us")).toList();
        assertEquals(1, voskHint.size(), "one line says how to add speech recognition: " + r.getOutput());
        assertTrue(r.getOutput().contains("Voice: speaking"), "the rest of the analysis ran: " + r.getOutput());
    }

    @Test
    void aOnePixelVideoWithOverlayIsAnalysedAndSaysWhyThereIsNoOverlay(QuarkusMainLauncher launcher) throws Exception {
        Path dir = Files.createTempDirectory("tiny");
        Path tiny = dir.resolve("tiny.mkv");
        Process ffmpeg = new ProcessBuilder("ffmpeg", "-v", "error", "-f", "lavfi", "-i", "color=c=red:s=16x16:d=2:r=10",
                "-vf", "scale=1:1", "-c:v", "ffv1", tiny.toString()).redirectErrorStream(true).start();
        assertEquals(0, ffmpeg.waitFor(), new String(ffmpeg.getInputStream().readAllBytes()));
        Path overlay = dir.resolve("ov.mp4");

        LaunchResult r = launcher.launch("analyze", tiny.toString(), "--overlay", overlay.toString(),
                "--models-dir", modelsDir, "-q");

        assertEquals(0, r.exitCode(), r.getErrorOutput());
        assertTrue(r.getOutput().contains("No overlay written: " + tiny + " is 1x1 pixels, and an overlay video needs at "
                + "least 2x2."), r.getOutput());
        assertFalse(Files.exists(overlay), "no empty file that looks like an overlay");
    }

    @Test
    void aModelCorruptedButOfTheRightSizeStopsTheAnalysisWithThePullCommand(QuarkusMainLauncher launcher)
            throws Exception {
        Path models = Files.createTempDirectory("damaged-models");
        try (var files = Files.list(Path.of(modelsDir))) {
            for (Path f : files.filter(Files::isRegularFile).filter(f -> !f.getFileName().toString().startsWith("."))
                    .toList()) {
                Files.copy(f, models.resolve(f.getFileName()));
            }
        }
        Path faceLandmark = models.resolve("face_landmark.tflite");
        byte[] bytes = Files.readAllBytes(faceLandmark);
        bytes[bytes.length / 2] ^= 0x10;
        Files.write(faceLandmark, bytes);

        LaunchResult r = launcher.launch("analyze", TestAssets.media("d0.mp4").toString(), "--models-dir",
                models.toString(), "-q");

        assertEquals(4, r.exitCode(), r.getErrorOutput());
        assertOnePlainSentence(r, "coach analyze: Model 'face-landmark' is damaged: " + faceLandmark.toAbsolutePath()
                + " no longer has the sha256 it was installed with; install it again with: coach models pull face-landmark");
    }

    /** Exactly this one line on stderr: no stack trace, no library function names or error numbers. */
    private static void assertOnePlainSentence(LaunchResult r, String expected) {
        String err = r.getErrorOutput().strip();
        assertEquals(expected, err);
        for (String libraryText : List.of("\tat ", "Exception", "avformat", "avio", "error -", "setFormat", "Usage:")) {
            assertFalse(err.contains(libraryText), libraryText + " in: " + err);
        }
    }

    @Test
    void missingModelExitsFourAndNamesThePullCommand(QuarkusMainLauncher launcher) throws Exception {
        Path empty = Files.createTempDirectory("no-models");
        LaunchResult r = launcher.launch("analyze", TestAssets.media("d0.mp4").toString(), "--models-dir", empty.toString(), "-q");
        assertEquals(4, r.exitCode());
        assertTrue(r.getErrorOutput().contains("coach models pull"), r.getErrorOutput());
    }

    @Test
    void badOptionsExitTwo(QuarkusMainLauncher launcher) {
        String d0 = TestAssets.media("d0.mp4").toString();
        LaunchResult fps = launcher.launch("analyze", d0, "--fps", "0", "--models-dir", modelsDir);
        assertEquals(2, fps.exitCode());
        assertTrue(fps.getErrorOutput().contains("--fps"), fps.getErrorOutput());
        LaunchResult question = launcher.launch("analyze", d0, "--question", "no-such-question", "--models-dir", modelsDir);
        assertEquals(2, question.exitCode());
        assertTrue(question.getErrorOutput().contains("conflict-teammate"), "lists known ids: " + question.getErrorOutput());
        for (String bad : List.of("0", "31")) {
            LaunchResult baseline = launcher.launch("analyze", d0, "--baseline-sec", bad, "--models-dir", modelsDir);
            assertEquals(2, baseline.exitCode());
            assertOnePlainSentence(baseline, "coach analyze: --baseline-sec must be above 0 and at most 30, got " + Double.valueOf(bad));
        }
    }

    @Test
    void baselineSecCalibratesOnTheFirstSecondsAndTheReportSaysSo(QuarkusMainLauncher launcher) throws Exception {
        Path dir = Files.createTempDirectory("baseline");
        Path json = dir.resolve("d3.json");
        Path html = dir.resolve("d3.html");
        LaunchResult r = launcher.launch("analyze", TestAssets.media("d3_first6s.mp4").toString(), "--models-dir",
                modelsDir, "--baseline-sec", "1", "--json", json.toString(), "--html", html.toString(), "-q");
        assertEquals(0, r.exitCode(), r.getErrorOutput());
        JsonNode baseline = ReportJson.mapper().readTree(json.toFile()).at("/metrics/face/baseline");
        assertTrue(baseline.path("used").asBoolean(), baseline.toString());
        assertEquals(0.0, baseline.path("fromSec").asDouble(), 0.2);
        assertEquals(1.0, baseline.path("toSec").asDouble() - baseline.path("fromSec").asDouble(), 0.15);
        assertTrue(Files.readString(html).contains("calibrated at"), "the HTML report says a baseline was used");
    }

    @Test
    void malformedTranscriptExitsThreeWithTheLine(QuarkusMainLauncher launcher) throws Exception {
        Path vtt = Files.writeString(Files.createTempFile("bad", ".vtt"), "WEBVTT\n\n00:00:01.000 --> garbage\nhello\n");
        LaunchResult r = launcher.launch("analyze", TestAssets.media("d0.mp4").toString(), "--transcript", vtt.toString(),
                "--models-dir", modelsDir);
        assertEquals(3, r.exitCode());
        assertTrue(r.getErrorOutput().contains(".vtt:3: malformed timestamp"), "names file and line: " + r.getErrorOutput());
    }

    @Test
    void helpListsEverySubcommand(QuarkusMainLauncher launcher) {
        LaunchResult r = launcher.launch("--help");
        assertEquals(0, r.exitCode());
        for (String cmd : new String[] {"analyze", "models", "bench", "serve"}) {
            assertTrue(r.getOutput().contains(cmd), r.getOutput());
        }
    }

    @Test
    void unwritableOutputFailsFastWithExitFive(QuarkusMainLauncher launcher) {
        LaunchResult r = launcher.launch("analyze", TestAssets.media("d0.mp4").toString(), "--json", "/proc/report.json",
                "--models-dir", modelsDir, "-q");
        assertEquals(5, r.exitCode());
        assertOnePlainSentence(r, "coach analyze: cannot write /proc/report.json: folder /proc is not writable; choose "
                + "another place for --json");
    }
}
