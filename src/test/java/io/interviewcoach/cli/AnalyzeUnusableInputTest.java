package io.interviewcoach.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.interviewcoach.testsupport.TestAssets;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;

/** Input that cannot give an honest report: exit 3 and one sentence naming the file and what to do. */
@QuarkusMainTest
class AnalyzeUnusableInputTest {
    private static String modelsDir;

    @BeforeAll
    static void models() {
        modelsDir = TestAssets.models().dir().toString();
    }

    @Test
    void stillImageExitsThree(QuarkusMainLauncher launcher) {
        LaunchResult r = launcher.launch("analyze", TestAssets.media("sample1.jpg").toString(), "--models-dir", modelsDir,
                "-q");
        assertEquals(3, r.exitCode());
        assertEquals("coach analyze: sample1.jpg is a still image, not a recording: an answer is judged on movement"
                + " and voice over time, so record a video of your answer and analyse that.", r.getErrorOutput().trim());
        assertFalse(r.getOutput().contains("Scores"), r.getOutput());
    }

    @Test
    void transcriptPastTheEndOfTheMediaExitsThree(QuarkusMainLauncher launcher) throws Exception {
        Path json = Files.writeString(Files.createTempDirectory("t").resolve("other.json"),
                "[{\"word\":\"hello\",\"start\":1.0,\"end\":1.4},{\"word\":\"again\",\"start\":95.0,\"end\":95.5}]");
        LaunchResult r = launcher.launch("analyze", TestAssets.media("d0.mp4").toString(), "--transcript", json.toString(),
                "--models-dir", modelsDir, "-q");
        assertEquals(3, r.exitCode());
        assertEquals("coach analyze: cannot use transcript other.json: its words run until 0:01:36 but d0.mp4 is only"
                + " 3.1 s long, so it belongs to another recording: pass the transcript made for d0.mp4",
                r.getErrorOutput().trim());
    }
}
