package io.interviewcoach.live.client;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What the server said to one replay: the arrival time of every {@code window} message, cues, warnings, errors, the
 * last status, the frame rate asked for, and the final report. Fed by one reader thread; the sender reads
 * {@link #advisedFps()} meanwhile.
 */
final class ServerMessages {
    /** A window message: its end in media seconds and when it arrived (System.nanoTime). */
    record WindowArrival(double endSec, long receivedNanos) {
    }

    final CompletableFuture<JsonNode> ready = new CompletableFuture<>();
    final CompletableFuture<JsonNode> report = new CompletableFuture<>();
    private final List<WindowArrival> windows = new ArrayList<>();
    private final Map<String, Integer> warnings = new TreeMap<>();
    private final Map<String, Integer> errors = new TreeMap<>();
    private volatile double advisedFps;
    private volatile double lowestAdvisedFps = Double.NaN;
    private volatile JsonNode lastStatus;
    private volatile int cues;

    ServerMessages(double requestedFps) {
        this.advisedFps = requestedFps;
    }

    synchronized void accept(LiveClient.Received received) {
        JsonNode m = received.message();
        switch (received.type()) {
            case "ready" -> {
                adviseFps(m.path("fps"));
                ready.complete(m);
            }
            case "window" -> windows.add(new WindowArrival(m.path("end").asDouble(), received.nanos()));
            case "cue" -> cues++;
            case "warning" -> warnings.merge(m.path("code").asText("unknown"), 1, Integer::sum);
            case "status" -> {
                lastStatus = m;
                adviseFps(m.path("fps"));
            }
            case "error" -> errors.merge(m.path("code").asText("unknown"), 1, Integer::sum);
            case "report" -> report.complete(m.path("report"));
            default -> {
                // answer summaries and message types added later are not measured here
            }
        }
    }

    /** The socket closed: whatever was still awaited will not come. */
    void closed(Integer code) {
        String why = "the server closed the socket" + (code == null || code < 0 ? "" : " (" + code + ")");
        ready.completeExceptionally(new LiveClientException(why));
        report.completeExceptionally(new LiveClientException(why + " before sending the report"));
    }

    boolean finished() {
        return report.isDone();
    }

    private void adviseFps(JsonNode fps) {
        if (fps.isNumber() && fps.asDouble() > 0) {
            advisedFps = fps.asDouble();
            lowestAdvisedFps = Double.isNaN(lowestAdvisedFps) ? advisedFps : Math.min(lowestAdvisedFps, advisedFps);
        }
    }

    double advisedFps() {
        return advisedFps;
    }

    double lowestAdvisedFps() {
        return lowestAdvisedFps;
    }

    synchronized List<WindowArrival> windows() {
        return List.copyOf(windows);
    }

    int cues() {
        return cues;
    }

    synchronized Map<String, Integer> warnings() {
        return Map.copyOf(warnings);
    }

    synchronized Map<String, Integer> errors() {
        return Map.copyOf(errors);
    }

    JsonNode lastStatus() {
        return lastStatus;
    }
}
