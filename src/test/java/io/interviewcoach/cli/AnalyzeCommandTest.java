package io.interviewcoach.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

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
    void nonMediaInputExitsThreeWithOneClearLine(QuarkusMainLauncher launcher) throws Exception {
        Path junk = Files.writeString(Files.createTempFile("junk", ".mp4"), "not a video at all");
        LaunchResult r = launcher.launch("analyze", junk.toString(), "--models-dir", modelsDir, "-q");
        assertEquals(3, r.exitCode());
        assertTrue(r.getErrorOutput().contains("is not a media file FFmpeg can read"), r.getErrorOutput());
        assertFalse(r.getErrorOutput().contains("\tat "), "no stack trace: " + r.getErrorOutput());
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
        assertTrue(r.getErrorOutput().contains("not writable"), r.getErrorOutput());
    }
}
