package io.interviewcoach.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.interviewcoach.live.client.ReplayResult;
import io.interviewcoach.report.ReportJson;
import io.interviewcoach.testsupport.TestAssets;
import picocli.CommandLine;

/** `bench live` argument handling, its JSON names, and how per-session results add up (no server needed). */
class LiveBenchTest {
    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new LiveBench());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int code = cli.execute(args);
        return new Run(code, out.toString(), err.toString().strip());
    }

    @Test
    void wrongArgumentsAreOneLineAndExitCodeTwo() {
        String d9 = TestAssets.media("d9.mp4").toString();
        Map<List<String>, String> cases = Map.of(
                List.of("--sessions", "0", "--media", d9), "bench live: --sessions must be at least 1, got 0",
                List.of("--fps", "0", "--media", d9), "bench live: --fps must be between 1 and 30, got 0",
                List.of("--seconds", "0.5", "--media", d9), "bench live: --seconds must be between 1 and 3600, got 0.5",
                List.of("--url", "ftp://example.org", "--media", d9),
                "bench live: --url must be an http:// or https:// address of the server, got ftp://example.org",
                List.of("--media", "no-such-clip.mp4"), "bench live: no such media file: no-such-clip.mp4");
        cases.forEach((args, message) -> {
            Run r = run(args.toArray(String[]::new));
            assertEquals(2, r.code(), args + ": " + r.err());
            assertEquals(message, r.err(), args.toString());
        });
        Run notANumber = run("--sessions", "many");
        assertEquals(2, notANumber.code());
        assertTrue(notANumber.err().contains("--sessions") && !notANumber.err().contains("\tat "), notANumber.err());
    }

    @Test
    void helpNamesEveryOptionAndTheBar() {
        Run help = run("--help");
        assertEquals(0, help.code());
        for (String option : List.of("--sessions", "--fps", "--media", "--seconds", "--url", "--json", "--report-dir", "--find-max")) {
            assertTrue(help.out().contains(option), option + " missing from --help:\n" + help.out());
        }
        assertTrue(help.out().contains("p95 <= 0.5 s"), help.out());
    }

    @Test
    void findMaxStepsOneTwoThenByTwo() {
        assertEquals(List.of(1, 2, 4, 6, 8, 10), LiveBench.steps().subList(0, 6));
    }

    @Test
    void jsonCarriesExactlyTheIssueNamesInOrder() throws Exception {
        LiveBenchFigures f = new LiveBenchFigures(6, 10, 30, 0.21, 0.35, 0.42, 1800, 1790L, 10L, 1800, 0L, 3, 7.9, 2);
        JsonNode json = ReportJson.mapper().readTree(ReportJson.mapper().writeValueAsString(f));
        List<String> names = new ArrayList<>();
        json.fieldNames().forEachRemaining(names::add);
        assertEquals(List.of("sessions", "fps", "seconds", "p50LatencySec", "p95LatencySec", "p99LatencySec", "framesSent",
                "framesAnalyzed", "framesDropped", "audioChunksSent", "audioChunksDropped", "cuesSent", "limitSessions",
                "cpuCores"), names);
        assertEquals(0.35, json.get("p95LatencySec").asDouble());
        LiveBenchFigures unknown = new LiveBenchFigures(1, 10, 5, null, null, null, 50, null, null, 50, null, 0, null, 2);
        JsonNode nulls = ReportJson.mapper().readTree(ReportJson.mapper().writeValueAsString(unknown));
        assertTrue(nulls.get("framesAnalyzed").isNull() && nulls.get("p95LatencySec").isNull(), "unmeasured is null, not 0");
    }

    @Test
    void sessionsAddUpAndTheBarNamesWhatItMissed() {
        ReplayResult fast = result(List.of(0.1, 0.2, 0.3), 100, 100, status(10, 98, 2, 100, 0.1));
        ReplayResult slow = result(List.of(0.4, 0.6, 0.9), 100, 100, status(10, 80, 20, 97, 0.4));
        LiveRun both = LiveRun.of(new LiveLoad(2, List.of(fast, slow), List.of(), 10, 0.5), 10, 10, 4.0, LiveBar.ISSUE_8);
        LiveBenchFigures f = both.figures();
        assertEquals(200, f.framesSent());
        assertEquals(178L, f.framesAnalyzed());
        assertEquals(22L, f.framesDropped());
        assertEquals(3L, f.audioChunksDropped(), "chunks sent that the server never counted");
        assertEquals(0.9, f.p99LatencySec());
        assertEquals(0.4, both.audioLagSec());
        assertEquals(List.of("p95 latency 0.900 s > 0.5 s", "3 audio chunks dropped", "11.0 % of video frames dropped > 5 %"),
                both.misses());
        LiveRun one = LiveRun.of(new LiveLoad(1, List.of(fast), List.of(), 10, 0.5), 10, 10, 4.0, LiveBar.ISSUE_8);
        assertTrue(one.held(), one.misses().toString());
        assertEquals("largest N holding the bar at 10 fps: 1; limit cores / (raw model time x fps) = 4.00 sessions; "
                + "ratio N / limit = 0.25", LiveTable.summary(one, true, true));
        assertEquals("2 sessions at 10 fps: bar missed; limit cores / (raw model time x fps) = 4.00 sessions",
                LiveTable.summary(both, false, false));
        assertEquals("1 sessions at 10 fps: bar held; limit cores / (raw model time x fps) = 4.00 sessions; "
                + "ratio N / limit = 0.25", LiveTable.summary(one, false, true));
        assertTrue(LiveTable.row(both).trim().startsWith("2 ") && LiveTable.row(both).endsWith("missed"), LiveTable.row(both));
        LiveRun silent = LiveRun.of(new LiveLoad(1, List.of(result(List.of(0.1), 10, 10, null)), List.of(), 10, 0.5), 10, 10,
                null, LiveBar.ISSUE_8);
        assertNull(silent.figures().framesAnalyzed());
        assertTrue(!silent.held(), "figures the server did not report fail the bar");
    }

    private static ReplayResult result(List<Double> latencies, long frames, long audio, JsonNode status) {
        return new ReplayResult("s", latencies, frames, audio, 0, Map.of(), Map.of(), status, null, 10, null);
    }

    private static JsonNode status(int fps, long analysed, long dropped, long audioReceived, double lag) {
        ObjectNode s = ReportJson.mapper().createObjectNode();
        s.put("type", "status").put("fps", fps).put("framesReceived", analysed + dropped).put("framesAnalyzed", analysed)
                .put("framesDropped", dropped).put("audioChunksReceived", audioReceived).put("audioLagSec", lag);
        return s;
    }
}
