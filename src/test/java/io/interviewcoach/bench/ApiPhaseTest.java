package io.interviewcoach.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** What `bench api` makes of the load client's per-request lines. */
class ApiPhaseTest {

    @Test
    void percentilesErrorsAndRateFromTheClientsLines() throws Exception {
        List<String> lines = new ArrayList<>();
        // 100 requests due every 10 ms (1 s at 100/s), latencies 1..100 ms
        for (int i = 0; i < 100; i++) {
            long due = i * 10_000_000L;
            long latency = (i + 1) * 1_000_000L;
            int status = i == 10 ? 404 : i == 20 ? -1 : i == 30 ? 0 : 200;
            boolean ok = status == 200 && i != 40; // 40: a 200 with another session's body
            lines.add(due + "\t" + latency + "\t" + status + "\t" + (ok ? 1 : 0));
        }
        Path tsv = Files.createTempFile("phase", ".tsv");
        Files.write(tsv, lines);

        ApiPhase p = ApiPhase.read("report", tsv, 1.0);
        assertEquals(100, p.requests());
        assertEquals(96, p.ok());
        assertEquals(4, p.errorCount());
        assertEquals(Map.of("404", 1, "failed", 1, "no answer", 1, "wrong body", 1), p.errors());
        assertEquals(50.0, p.p50Ms());
        assertEquals(90.0, p.p90Ms());
        assertEquals(99.0, p.p99Ms());
        assertEquals(100.0, p.maxMs());
        // the last answer came at 990 ms + 100 ms: 96 good answers over 1.09 s
        assertEquals(Math.round(96 / 1.09 * 100) / 100.0, p.achievedRate());
        assertEquals(null, p.serverCpuMsPerRequest());
        assertEquals(2.5, p.withServerCpu(2.5).serverCpuMsPerRequest());
    }
}
