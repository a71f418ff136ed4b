package io.interviewcoach.live.client;

import java.net.http.WebSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.interviewcoach.report.ReportJson;

/**
 * Listens to one session's socket and keeps what the server said: the receive time of every {@code window}
 * message, cues, warnings, errors, the last status, the frame rate asked for, and the final report.
 * The JDK delivers a socket's messages one at a time, so only the fields the sender reads are volatile.
 */
final class ServerMessages implements WebSocket.Listener {
    private static final ObjectMapper JSON = ReportJson.mapper();

    /** A window message: its end in media seconds and when it arrived (System.nanoTime). */
    record WindowArrival(double endSec, long receivedNanos) {
    }

    final CompletableFuture<JsonNode> ready = new CompletableFuture<>();
    final CompletableFuture<JsonNode> report = new CompletableFuture<>();
    final CompletableFuture<Void> closed = new CompletableFuture<>();
    private final StringBuilder partial = new StringBuilder();
    private final List<WindowArrival> windows = new ArrayList<>();
    private final Map<String, Integer> warnings = new TreeMap<>();
    private final Map<String, Integer> errors = new TreeMap<>();
    private volatile double advisedFps;
    private volatile double lowestAdvisedFps = Double.NaN;
    private volatile JsonNode lastStatus;
    private volatile int cues;
    private volatile String firstError;

    ServerMessages(double requestedFps) {
        this.advisedFps = requestedFps;
    }

    @Override
    public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
            String text = partial.toString();
            partial.setLength(0);
            handle(text);
        }
        socket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket socket, int statusCode, String reason) {
        String why = "the server closed the socket (" + statusCode + (reason == null || reason.isBlank() ? "" : ": " + reason) + ")";
        ready.completeExceptionally(new LiveClientException(why));
        report.completeExceptionally(new LiveClientException(why + " before sending the report"));
        closed.complete(null);
        return null;
    }

    @Override
    public void onError(WebSocket socket, Throwable error) {
        LiveClientException e = new LiveClientException("the socket failed: " + error.getMessage(), error);
        ready.completeExceptionally(e);
        report.completeExceptionally(e);
        closed.complete(null);
    }

    private void handle(String text) {
        JsonNode m;
        try {
            m = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            count(errors, "unparseableServerMessage");
            return;
        }
        switch (m.path("type").asText()) {
            case "ready" -> {
                adviseFps(m.path("fps"));
                ready.complete(m);
            }
            case "window" -> {
                synchronized (windows) {
                    windows.add(new WindowArrival(m.path("end").asDouble(), System.nanoTime()));
                }
            }
            case "cue" -> cues++;
            case "warning" -> count(warnings, m.path("code").asText("unknown"));
            case "status" -> {
                lastStatus = m;
                adviseFps(m.path("fps"));
            }
            case "error" -> {
                count(errors, m.path("code").asText("unknown"));
                if (firstError == null) {
                    firstError = m.path("message").asText();
                }
            }
            case "report" -> report.complete(m.path("report"));
            default -> {
                // answer summaries and message types added later are not measured here
            }
        }
    }

    private void adviseFps(JsonNode fps) {
        if (fps.isNumber() && fps.asDouble() > 0) {
            advisedFps = fps.asDouble();
            lowestAdvisedFps = Double.isNaN(lowestAdvisedFps) ? advisedFps : Math.min(lowestAdvisedFps, advisedFps);
        }
    }

    private synchronized void count(Map<String, Integer> counts, String key) {
        counts.merge(key, 1, Integer::sum);
    }

    double advisedFps() {
        return advisedFps;
    }

    double lowestAdvisedFps() {
        return lowestAdvisedFps;
    }

    List<WindowArrival> windows() {
        synchronized (windows) {
            return List.copyOf(windows);
        }
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

    String firstError() {
        return firstError;
    }
}
