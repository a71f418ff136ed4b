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
import io.interviewcoach.testsupport.MultiTrackMedia;
import io.interviewcoach.testsupport.TestAssets;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;

/** `analyze --audio-track N` on a file with a tone (track 1) and speech (track 2, flagged default). */
@QuarkusMainTest
class AudioTrackOptionTest {
    private static String modelsDir;
    private static Path dir;
    private static Path twoTracks;

    @BeforeAll
    static void media() throws Exception {
        modelsDir = TestAssets.models().dir().toString();
        dir = Files.createTempDirectory("audio-track");
        twoTracks = MultiTrackMedia.toneThenDefaultSpeech(dir.resolve("two-tracks.m4a"), false, 3);
    }

    @Test
    void theChosenTrackIsAnalysedAndTheSummarySaysWhichWasIgnored(QuarkusMainLauncher launcher) throws Exception {
        Path json = dir.resolve("tone.json");
        LaunchResult r = launcher.launch("analyze", twoTracks.toString(), "--audio-track", "1", "--json", json.toString(),
                "--models-dir", modelsDir, "-q");
        assertEquals(0, r.exitCode(), r.getErrorOutput());
        JsonNode report = ReportJson.mapper().readTree(json.toFile());
        assertEquals(1, report.at("/media/audio/track").asInt());
        assertEquals(48_000, report.at("/media/audio/sampleRate").asInt());
        assertEquals(2, report.at("/media/otherAudioTracks/0/track").asInt());
        assertTrue(r.getOutput().contains("Note: The file has 2 audio tracks: track 1 (aac, 48000 Hz, 1 channel) was analysed"),
                r.getOutput());
    }

    @Test
    void aTrackThatDoesNotExistIsRefusedInOneLine(QuarkusMainLauncher launcher) {
        LaunchResult r = launcher.launch("analyze", twoTracks.toString(), "--audio-track", "3", "--models-dir", modelsDir, "-q");
        assertEquals(3, r.exitCode());
        String err = r.getErrorOutput().trim();
        assertTrue(err.startsWith("coach analyze: " + twoTracks + " has 2 audio tracks (1: aac, 48000 Hz, 1 channel; 2: aac, 16000 Hz"),
                err);
        assertTrue(err.endsWith("there is no audio track 3; choose 1 to 2."), err);
        assertFalse(err.contains("\n"), "one line: " + err);

        LaunchResult zero = launcher.launch("analyze", twoTracks.toString(), "--audio-track", "0", "--models-dir", modelsDir, "-q");
        assertEquals(2, zero.exitCode());
        assertTrue(zero.getErrorOutput().contains("--audio-track counts from 1"), zero.getErrorOutput());
    }
}
