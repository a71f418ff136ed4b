package io.interviewcoach.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.interviewcoach.report.ReportJson;
import io.interviewcoach.testsupport.TestAssets;
import io.interviewcoach.web.access.BearerToken;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;

/**
 * `coach bench api` as a user runs it, on the machine's PostgreSQL: 50 reports seeded from a real `analyze` report of
 * d9 (src/test/resources/bench, made by `coach analyze ../shared/media/d9.mp4 --json`, so no analysis runs here), 50
 * requests/s from the child load client, then a rerun that reuses the seed and, with the tokens no longer matching,
 * must fail.
 */
@QuarkusMainTest
@TestProfile(LiveBenchEndToEndTest.TestModels.class)
class ApiBenchEndToEndTest {
    private static final String DB = "jdbc:postgresql://127.0.0.1:5432/test";

    @Test
    void seedsReadsUnderLoadAndFailsOnWrongTokens(QuarkusMainLauncher launcher) throws Exception {
        Path dir = Files.createTempDirectory("bench-api");
        Path seed = dir.resolve("seed");
        Path json = dir.resolve("api.json");
        Map<String, String> before = useTestDatabase();
        try {
            LaunchResult r = launcher.launch("bench", "api", "--reports", "50", "--rate", "50", "--seconds", "3",
                    "--warmup", "1", "--report", Path.of("src", "test", "resources", "bench", "d9-report.json").toString(),
                    "--seed-file", seed.toString(),
                    "--json", json.toString());
            String output = r.getOutput() + "\n" + r.getErrorOutput();
            System.out.println(output);
            assertEquals(0, r.exitCode(), output);
            assertTrue(r.getOutput().contains("seed: 50 stored reports (0 reused, 50 stored now in "), output);
            assertTrue(r.getOutput().contains("target p99 <= 50 ms at 50 req/s with 50 reports: "), output);

            JsonNode f = ReportJson.mapper().readTree(json.toFile());
            assertEquals(50, f.get("reports").asInt());
            JsonNode report = f.get("report");
            JsonNode baseline = f.get("baseline");
            assertEquals("/api/sessions/{id}/report", report.get("endpoint").asText());
            assertEquals("/q/health/live", baseline.get("endpoint").asText());
            for (JsonNode p : new JsonNode[] {report, baseline}) {
                assertEquals(150, p.get("requests").asInt(), "3 s at 50 req/s: " + p);
                assertEquals(150, p.get("ok").asInt(), "every request answered right: " + p);
                assertTrue(p.get("errors").isEmpty(), p.toString());
                double p50 = p.get("p50Ms").asDouble();
                assertTrue(p50 > 0 && p50 <= p.get("p90Ms").asDouble() && p.get("p90Ms").asDouble() <= p.get("p99Ms").asDouble()
                        && p.get("p99Ms").asDouble() <= p.get("maxMs").asDouble() && p.get("maxMs").asDouble() < 10_000, p.toString());
                double rate = p.get("achievedRate").asDouble();
                // good answers over the time until the last one: below 50 only as far as the server lagged behind
                assertTrue(rate > 25 && rate <= 50.5, "near 50 req/s: " + p);
                assertTrue(p.get("serverCpuMsPerRequest").asDouble() > 0, "the server runs in this process: " + p);
            }
            double ratio = f.get("p50Ratio").asDouble();
            assertEquals(Math.round(report.get("p50Ms").asDouble() / baseline.get("p50Ms").asDouble() * 100) / 100.0, ratio, 0.011, f.toString());
            assertTrue(f.get("p99Ratio").asDouble() > 0 && f.get("cpuRatio").asDouble() > 0, f.toString());
            assertEquals(report.get("p99Ms").asDouble() <= 50, f.get("targetHeld").asBoolean(), f.toString());

            // The same seed again, but no stored token matches any more: every read is a 404 and the run fails.
            assertEquals(50, breakTokens(Files.readString(seed, StandardCharsets.US_ASCII).trim()));
            r = launcher.launch("bench", "api", "--reports", "50", "--rate", "20", "--seconds", "1", "--warmup", "0",
                    "--media", TestAssets.media("d9.mp4").toString(), "--seed-file", seed.toString());
            output = r.getOutput() + "\n" + r.getErrorOutput();
            System.out.println(output);
            assertEquals(1, r.exitCode(), output);
            assertTrue(r.getOutput().contains("seed: 50 stored reports (50 reused, 0 stored now)")
                    && !r.getOutput().contains("analysed"), "the seed is found again, nothing analysed: " + output);
            assertTrue(r.getOutput().contains("404: 20"), output);
        } finally {
            before.forEach((k, v) -> {
                if (v == null) {
                    System.clearProperty(k);
                } else {
                    System.setProperty(k, v);
                }
            });
        }
    }

    /** The binary reads the database from its own configuration, not the test profile's. */
    private static Map<String, String> useTestDatabase() {
        Map<String, String> settings = Map.of("quarkus.datasource.reactive.url", "postgresql://127.0.0.1:5432/test",
                "quarkus.datasource.username", "postgres");
        Map<String, String> before = new LinkedHashMap<>();
        settings.forEach((k, v) -> before.put(k, System.setProperty(k, v)));
        return before;
    }

    /** Changes the token hash of every session of the seed's owner (owner token: HMAC-SHA256(secret, "owner")). */
    private static int breakTokens(String secret) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.US_ASCII), "HmacSHA256"));
        String ownerToken = Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal("owner".getBytes(StandardCharsets.UTF_8)));
        try (Connection c = DriverManager.getConnection(DB, "postgres", "");
                PreparedStatement s = c.prepareStatement("update sessions set token_hash = md5(token_hash)"
                        + " where owner_id = (select id from owners where token_hash = ?)")) {
            s.setString(1, BearerToken.hash(ownerToken));
            return s.executeUpdate();
        }
    }
}
