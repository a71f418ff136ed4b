package io.interviewcoach.live.client;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.interviewcoach.report.ReportJson;

/**
 * Replays a clip to the live service as a browser would: creates a session ({@code POST /api/sessions}), opens its
 * socket with the token, sends {@code start}, streams JPEG frames and PCM16 audio at real-time pace (following the
 * frame rate the server asks for), sends {@code end} and waits for the final report. One client can run several
 * replays at once, each on the calling thread.
 */
public final class LiveReplayClient {
    private static final ObjectMapper JSON = ReportJson.mapper();
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration CLOSE_WAIT = Duration.ofSeconds(2);

    /**
     * {@code poseModel} null for the server's default; {@code focus} empty for all cues; {@code reportWait}: how long
     * after {@code end} the report may take.
     */
    public record Options(double fps, String poseModel, List<String> focus, Duration reportWait) {
        public Options {
            focus = List.copyOf(focus);
        }

        public static Options of(double fps) {
            return new Options(fps, null, List.of(), Duration.ofSeconds(60));
        }
    }

    private final URI base;
    private final HttpClient http;

    /** {@code base}: the server's root, e.g. http://127.0.0.1:8080/ */
    public LiveReplayClient(URI base) {
        this.base = base.toString().endsWith("/") ? base : URI.create(base + "/");
        this.http = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).build();
    }

    public SessionTicket createSession(Options options) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("fps", options.fps());
        if (options.poseModel() != null) {
            body.put("poseModel", options.poseModel());
        }
        HttpResponse<String> response;
        try {
            HttpRequest request = HttpRequest.newBuilder(base.resolve("api/sessions")).timeout(CONNECT_TIMEOUT)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build();
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new LiveClientException("cannot reach the live service at " + base + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LiveClientException("interrupted while creating a session", e);
        }
        if (response.statusCode() != 201 && response.statusCode() != 200) {
            throw new LiveClientException(refusal(response));
        }
        try {
            JsonNode t = JSON.readTree(response.body());
            return new SessionTicket(t.path("id").asText(), t.path("token").asText(), t.path("socketUrl").asText());
        } catch (IOException e) {
            throw new LiveClientException("the live service answered POST /api/sessions with something that is not JSON", e);
        }
    }

    /** Streams {@code seconds} of {@code media} (looped if shorter) over a new session and collects what came back. */
    public ReplayResult replay(ReplayMedia media, double seconds, Options options) {
        SessionTicket ticket = createSession(options);
        ServerMessages messages = new ServerMessages(options.fps());
        WebSocket socket = open(ticket, messages);
        try {
            await(messages.ready, CONNECT_TIMEOUT, "the server sent no ready message");
            sendText(socket, startMessage(options));
            MediaStreamer.Sent sent = new MediaStreamer(media, messages::advisedFps).stream(socket, seconds);
            String failure = sent.failure();
            JsonNode report = null;
            if (failure == null) {
                sendText(socket, "{\"type\":\"end\"}");
                try {
                    report = await(messages.report, options.reportWait(), "no report within " + options.reportWait().toSeconds() + " s of end");
                } catch (LiveClientException e) {
                    failure = e.getMessage();
                }
            }
            List<Double> latencies = new ArrayList<>();
            for (ServerMessages.WindowArrival w : messages.windows()) {
                latencies.add((w.receivedNanos() - sent.startNanos()) / 1e9 - w.endSec());
            }
            return new ReplayResult(ticket.id(), latencies, sent.frames(), sent.audioChunks(), messages.cues(),
                    messages.warnings(), messages.errors(), messages.lastStatus(), report, messages.lowestAdvisedFps(), failure);
        } finally {
            close(socket, messages);
        }
    }

    /** A normal close, waiting briefly for the server's answer before dropping the connection. */
    private static void close(WebSocket socket, ServerMessages messages) {
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "replay done").exceptionally(e -> null);
        try {
            messages.closed.get(CLOSE_WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            // the server did not answer the close: dropped below
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            socket.abort();
        }
    }

    URI socketUri(SessionTicket ticket) {
        URI http = base.resolve(ticket.socketUrl().startsWith("/") ? ticket.socketUrl().substring(1) : ticket.socketUrl());
        String scheme = "https".equals(http.getScheme()) ? "wss" : "ws";
        return URI.create(scheme + http.toString().substring(http.getScheme().length()) + "?token="
                + URLEncoder.encode(ticket.token(), StandardCharsets.UTF_8));
    }

    private WebSocket open(SessionTicket ticket, ServerMessages messages) {
        try {
            return http.newWebSocketBuilder().connectTimeout(CONNECT_TIMEOUT).buildAsync(socketUri(ticket), messages)
                    .get(2 * CONNECT_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof WebSocketHandshakeException h) {
                throw new LiveClientException("the live service refused the socket of session " + ticket.id() + " (HTTP "
                        + h.getResponse().statusCode() + ")", h);
            }
            throw new LiveClientException("cannot open the socket of session " + ticket.id() + ": " + e.getCause().getMessage(), e);
        } catch (TimeoutException e) {
            throw new LiveClientException("the socket of session " + ticket.id() + " did not open within " + 2 * CONNECT_TIMEOUT.toSeconds() + " s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LiveClientException("interrupted while opening a socket", e);
        }
    }

    private static String startMessage(Options options) {
        Map<String, Object> start = new LinkedHashMap<>();
        start.put("type", "start");
        if (!options.focus().isEmpty()) {
            start.put("focus", options.focus());
        }
        try {
            return JSON.writeValueAsString(start);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sendText(WebSocket socket, String text) {
        try {
            socket.sendText(text, true).get(CONNECT_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            throw new LiveClientException("cannot send to the live service: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LiveClientException("interrupted while sending", e);
        }
    }

    private static JsonNode await(java.util.concurrent.CompletableFuture<JsonNode> future, Duration wait, String timeoutMessage) {
        try {
            return future.get(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new LiveClientException(timeoutMessage, e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof LiveClientException l ? l : new LiveClientException(e.getCause().getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LiveClientException("interrupted while waiting for the live service", e);
        }
    }

    /**
     * The server's own one-line reason (problem JSON {@code detail} or {@code title}) with its retry hint; a body that
     * is not problem JSON (a 404 page) is left out.
     */
    static String refusal(HttpResponse<String> response) {
        String detail = "";
        try {
            JsonNode problem = JSON.readTree(response.body() == null ? "" : response.body());
            if (problem != null && problem.hasNonNull("detail")) {
                detail = problem.get("detail").asText();
            } else if (problem != null && problem.hasNonNull("title")) {
                detail = problem.get("title").asText();
            }
        } catch (IOException e) {
            // not JSON: an error page says nothing the status code does not
        }
        if (detail.isEmpty() && response.statusCode() == 404) {
            detail = "no live service at " + response.uri();
        }
        String retry = response.headers().firstValue("Retry-After").map(s -> "; retry after " + s + " s").orElse("");
        return "the live service refused a new session (HTTP " + response.statusCode() + ")"
                + (detail.isEmpty() ? "" : ": " + detail.lines().findFirst().orElse("")) + retry;
    }
}
