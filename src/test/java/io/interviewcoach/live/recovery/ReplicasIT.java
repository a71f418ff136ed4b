package io.interviewcoach.live.recovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.interviewcoach.testsupport.NginxProxy;
import io.interviewcoach.testsupport.PackagedBinary;
import io.interviewcoach.testsupport.TestAssets;

/**
 * Two `coach serve` processes behind nginx (hash of the session id in the socket path), sharing the machine's
 * PostgreSQL and Redis. Live sessions spread over both; one process killed (SIGKILL) mid-session has its sessions
 * finalized by the other from every stored window and its upload job finished there; then, started again, it is
 * stopped with SIGTERM while it runs sessions: it drains (readiness DOWN, new sessions go to the other, a short
 * session finishes, a long one is ended with its full report and close 4410) and exits within the drain.
 */
class ReplicasIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final int DRAIN_SEC = 4;
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void sessionsSpreadSurviveAKillAndDrainOnSigterm() throws Exception {
        Assumptions.assumeTrue(NginxProxy.installed(), "nginx is not installed (deploy/install-test-tools.sh)");
        Path dir = Files.createDirectories(Path.of("target", "replicas-it").toAbsolutePath());
        int[] ports = {PackagedBinary.freePort(), PackagedBinary.freePort()};
        int proxyPort = PackagedBinary.freePort();
        URI proxy = URI.create("http://127.0.0.1:" + proxyPort + "/");
        Replicas.resetStores();
        Replicas servers = new Replicas(dir, ports);
        try (NginxProxy nginx = NginxProxy.start(dir.resolve("nginx"), proxyPort, List.of(ports[0], ports[1]))) {
            servers.start(0);
            servers.start(1);
            servers.awaitLive();
            Killed killed = killOneMidSession(proxy, servers);
            int victim = killed.index();
            UploadedJob job = killed.job();
            // the killed one is started again while the job goes on on the survivor, then stopped with SIGTERM
            servers.start(victim);
            drainOnSigterm(proxy, servers, victim);
            JsonNode done = job.awaitDone(WAIT);
            assertTrue(done.path("scores").isObject(), done.toString());
            assertEquals(2, job.attempts(), "started once on each server");
            job.delete();
        } finally {
            servers.destroy();
        }
    }

    /** The server killed, its pid then, and the job it was analysing. */
    private record Killed(int index, long pid, UploadedJob job) {}

    /** Kills the server analysing an upload job in the middle of sessions on both servers. */
    private Killed killOneMidSession(URI proxy, Replicas servers) throws Exception {
        List<DrivenSession> sessions = new ArrayList<>();
        while (sessions.size() < 8 && (sessions.size() < 4 || servers.onEach(sessions, 1) == false)) {
            sessions.add(DrivenSession.open(http, proxy));
        }
        Map<Integer, Long> split = servers.split(sessions);
        System.out.println("ReplicasIT: sessions per server " + split);
        assertTrue(servers.onEach(sessions, 1), "every session on one server: " + split);
        // uploaded last, so that it is still being analysed (at 20 fps, see Replicas) when its server is killed
        UploadedJob job = UploadedJob.upload(http, proxy, TestAssets.media("d9.mp4"));
        long victimPid = job.awaitWorkerPid(-1, WAIT);
        int victim = servers.indexOf(victimPid);
        int survivor = 1 - victim;

        List<Thread> streams = new ArrayList<>();
        for (DrivenSession s : sessions) {
            streams.add(s.stream(4.0, 2.0));
        }
        for (Thread t : streams) {
            t.join();
        }
        List<DrivenSession> lost = sessions.stream().filter(s -> s.serverPid == servers.pid(victim)).toList();
        for (DrivenSession s : lost) {
            awaitStored(s);
        }
        assertEquals("running", job.status(), "the job must still be running when its server is killed");
        servers.kill(victim);
        assertEquals(servers.pid(survivor), job.awaitWorkerPid(victimPid, WAIT), "the job goes on on the survivor");

        for (DrivenSession s : sessions) {
            if (s.serverPid == servers.pid(survivor)) {
                s.end();
                JsonNode report = s.awaitReport(WAIT);
                assertNotNull(report, "report of " + s.session.id());
                assertTrue(report.path("recovered").isMissingNode(), report.path("recovered").toString());
            }
        }
        for (DrivenSession s : lost) {
            s.stopReading();
            JsonNode report = Reports.await(http, proxy, s.session, WAIT);
            assertEquals("server restarted", report.path("recovered").path("reason").asText(), report.toString());
            assertEquals(s.windows.size(), report.path("recovered").path("windows").asInt(), s.session.id());
            assertEquals(s.windows.size(), report.get("timeline").size());
            for (int i = 0; i < s.windows.size(); i++) {
                assertEquals(s.windows.get(i).get("end").asDouble(), report.get("timeline").get(i).get("end").asDouble(),
                        1e-3, "window " + i);
            }
            assertEquals(1, s.answers.size(), "the answer to q1 ended when q2 began: " + s.answers);
            assertEquals(Reports.withoutType(s.answers), Reports.withoutType(report.get("answers")), s.session.id());
        }
        for (DrivenSession s : sessions) {
            s.close();
            s.delete(http, proxy);
        }
        return new Killed(victim, victimPid, job);
    }

    private void drainOnSigterm(URI proxy, Replicas servers, int restarted) throws Exception {
        servers.awaitLive();
        int other = 1 - restarted;
        List<DrivenSession> here = new ArrayList<>();
        for (int i = 0; i < 16 && here.size() < 2; i++) {
            DrivenSession s = DrivenSession.open(http, proxy);
            if (s.serverPid == servers.pid(restarted)) {
                here.add(s);
            } else {
                s.close();
                s.delete(http, proxy);
            }
        }
        assertEquals(2, here.size(), "sessions on the restarted server");
        DrivenSession shortOne = here.get(0);
        DrivenSession longOne = here.get(1);
        Thread shortStream = shortOne.stream(2.0, null);
        Thread longStream = longOne.stream(12.0, null);
        Thread.sleep(1000);

        long signalledAt = System.nanoTime();
        servers.signal(restarted, "TERM");
        assertEquals(503, servers.readiness(restarted), "readiness while draining");
        HttpResponse<String> refused = servers.createDirectly(restarted);
        assertEquals(503, refused.statusCode(), refused.body());
        assertEquals("urn:interview-coach:problem:draining", JSON.readTree(refused.body()).path("type").asText());
        assertEquals("5", refused.headers().firstValue("Retry-After").orElse(null));
        DrivenSession fresh = DrivenSession.open(http, proxy);
        assertEquals(servers.pid(other), fresh.serverPid, "a new session while one server drains");
        fresh.close();
        fresh.delete(http, proxy);

        shortStream.join();
        shortOne.end();
        JsonNode shortReport = shortOne.awaitReport(WAIT);
        assertNotNull(shortReport, "the short session finished within the drain");
        assertTrue(shortReport.path("recovered").isMissingNode());

        JsonNode longReport = longOne.awaitReport(Duration.ofSeconds(DRAIN_SEC + 10));
        assertNotNull(longReport, "the long session's report at the hand-off");
        assertEquals(4410, longOne.client.closeCode(Duration.ofSeconds(10)));
        longStream.join();
        assertTrue(longReport.path("recovered").isMissingNode(), "made where the session ran, complete");
        longOne.stopReading();
        assertEquals(longOne.windows.size(), longReport.get("timeline").size());
        assertTrue(longOne.windows.size() >= DRAIN_SEC, "windows until the hand-off: " + longOne.windows.size());

        int code = servers.waitFor(restarted, DRAIN_SEC + 15);
        double exitSec = (System.nanoTime() - signalledAt) / 1e9;
        System.out.printf("ReplicasIT: drained and exited %.1f s after SIGTERM (drain %d s)%n", exitSec, DRAIN_SEC);
        assertEquals(143, code, servers.stderr(restarted));
        assertTrue(exitSec <= DRAIN_SEC + 8, "exit " + exitSec + " s after SIGTERM");
        assertEquals(List.of(), servers.crashLogs(restarted));
        String node = Replicas.redis("HGET", "coach:live:" + longOne.session.id(), "node");
        for (DrivenSession s : here) {
            JsonNode stored = Reports.await(http, proxy, s.session, WAIT);
            assertTrue(stored.path("recovered").isMissingNode(), "stored report of " + s.session.id());
            assertEquals("0", Replicas.redis("SISMEMBER", "coach:live:open", s.session.id()));
            s.close();
            s.delete(http, proxy);
        }
        assertNull(Replicas.redis("GET", "coach:node:" + node), "heartbeat left behind");
        assertFalse(servers.stderr(restarted).contains("\tat "), servers.stderr(restarted));
    }

    /**
     * Waits until the client has every window the media sent so far closes (3 of 4 s: the last one closes with later
     * media) and the stored state holds what the client received.
     */
    private static void awaitStored(DrivenSession s) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        String key = "coach:live:" + s.session.id();
        while (System.nanoTime() < deadline) {
            int received = s.windows.size();
            Thread.sleep(500); // windows in flight reach the client first
            String stored = Replicas.redis("XLEN", key + ":windows");
            String answers = Replicas.redis("HGET", key, "answers");
            int storedAnswers = answers == null ? 0 : answers.split("\"questionId\"", -1).length - 1;
            if (received >= 3 && received == s.windows.size() && String.valueOf(received).equals(stored)
                    && storedAnswers == s.answers.size()) {
                return;
            }
        }
        throw new AssertionError("windows received " + s.windows.size() + " never all stored");
    }
}
