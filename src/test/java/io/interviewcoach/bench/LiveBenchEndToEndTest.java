package io.interviewcoach.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.interviewcoach.report.ReportJson;
import io.interviewcoach.testsupport.TestAssets;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;

/** `coach bench live` as a user runs it: the server in the same process, one real socket, 5 s of d9 at 10 fps. */
@QuarkusMainTest
@TestProfile(LiveBenchEndToEndTest.TestModels.class)
class LiveBenchEndToEndTest {
    public static class TestModels implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("coach.models.dir", TestAssets.models().dir().toAbsolutePath().toString());
        }
    }

    @Test
    void oneSessionReplaysFiveSecondsOfD9AndWritesFiguresAndReport(QuarkusMainLauncher launcher) throws Exception {
        Path dir = Files.createTempDirectory("bench-live");
        Path json = dir.resolve("live.json");
        Path reports = dir.resolve("reports");
        LaunchResult r = launcher.launch("bench", "live", "--sessions", "1", "--fps", "10", "--seconds", "5", "--warmup", "2",
                "--media", TestAssets.media("d9.mp4").toString(), "--json", json.toString(), "--report-dir", reports.toString());
        String output = r.getOutput() + "\n" + r.getErrorOutput();
        System.out.println(output);
        assertEquals(0, r.exitCode(), output);
        assertTrue(r.getOutput().contains("1 sessions at 10 fps: bar") && r.getOutput().contains("limit cores / (raw model time x fps) = "), output);
        assertTrue(r.getOutput().contains("onnx device: cpu;") && r.getOutput().contains("mean batch size: "), output);

        JsonNode f = ReportJson.mapper().readTree(json.toFile());
        assertEquals(1, f.get("sessions").asInt());
        assertEquals(5.0, f.get("seconds").asDouble());
        double p50 = f.get("p50LatencySec").asDouble();
        double p95 = f.get("p95LatencySec").asDouble();
        double p99 = f.get("p99LatencySec").asDouble();
        // positive and bounded; the 0.5 s bar itself is for a quiet machine (the test machines are shared)
        assertTrue(p50 > 0 && p50 <= p95 && p95 <= p99 && p99 < 10.0, "latencies positive, ordered, under 10 s: " + f);
        long sent = f.get("framesSent").asLong();
        assertTrue(sent >= 45 && sent <= 50, "5 s at 10 fps: " + sent);
        assertEquals(50, f.get("audioChunksSent").asLong(), "5 s of 100 ms chunks");
        assertEquals(0, f.get("audioChunksDropped").asLong(), "audio is never dropped");
        long analysed = f.get("framesAnalyzed").asLong();
        assertTrue(analysed > 0 && analysed + f.get("framesDropped").asLong() <= sent, f.toString());
        assertTrue(f.get("limitSessions").asDouble() > 0, f.toString());
        assertEquals(Runtime.getRuntime().availableProcessors(), f.get("cpuCores").asInt());

        JsonNode report = ReportJson.mapper().readTree(reports.resolve("session-1.json").toFile());
        assertTrue(report.at("/metrics/face/eyeContactRatio").isNumber(), "the live report measured the face: " + report);
        assertTrue(report.path("answers").isArray(), "the live report carries its answers");
    }
}
