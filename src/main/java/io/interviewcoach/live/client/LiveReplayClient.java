package io.interviewcoach.live.client;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.fasterxml.jackson.databind.JsonNode;

import io.interviewcoach.live.protocol.ControlMessage;
import io.interviewcoach.report.ReportJson;

/**
 * Replays a clip to the live service as a browser would, over {@link LiveClient}: creates a session, opens its
 * socket with the token, sends {@code start}, streams JPEG frames and PCM16 audio at real-time pace (following the
 * frame rate the server asks for), sends {@code end} and waits for the final report. One client runs several replays
 * at once, each on its calling thread plus a reader thread.
 */
public final class LiveReplayClient {
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration POLL = Duration.ofMillis(200);

    /** {@code focus} empty for all cues; {@code reportWait}: how long after {@code end} the report may take. */
    public record Options(double fps, List<String> focus, Duration reportWait) {
        public Options {
            focus = List.copyOf(focus);
        }

        public static Options of(double fps) {
            return new Options(fps, List.of(), Duration.ofSeconds(60));
        }
    }

    private final URI base;
    private final HttpClient http;

    /** {@code base}: the server's root, e.g. http://127.0.0.1:8080/ */
    public LiveReplayClient(URI base) {
        this.base = base;
        this.http = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).build();
    }

    /** Streams {@code seconds} of {@code media} (looped if shorter) over a new session and collects what came back. */
    public ReplayResult replay(ReplayMedia media, double seconds, Options options) {
        LiveClient.Session session = createSession();
        ServerMessages messages = new ServerMessages(options.fps());
        try (LiveClient live = connect(session)) {
            Thread reader = startReader(live, messages, session.id());
            try {
                await(messages.ready, CONNECT_TIMEOUT, "the server sent no ready message");
                live.send(ControlMessage.start(options.focus().isEmpty() ? null : options.focus()));
                MediaStreamer.Sent sent = new MediaStreamer(media, messages::advisedFps).stream(live, seconds);
                String failure = sent.failure();
                JsonNode report = null;
                if (failure == null) {
                    try {
                        live.send(ControlMessage.of(ControlMessage.Type.end));
                        report = await(messages.report, options.reportWait(),
                                "no report within " + options.reportWait().toSeconds() + " s of end");
                    } catch (LiveClientException | CompletionException e) {
                        failure = e.getMessage();
                    }
                }
                List<Double> latencies = new ArrayList<>();
                for (ServerMessages.WindowArrival w : messages.windows()) {
                    latencies.add((w.receivedNanos() - sent.startNanos()) / 1e9 - w.endSec());
                }
                return new ReplayResult(session.id(), latencies, sent.frames(), sent.audioChunks(), messages.cues(),
                        messages.warnings(), messages.errors(), messages.lastStatus(), report, messages.lowestAdvisedFps(),
                        failure);
            } finally {
                reader.interrupt();
            }
        } catch (CompletionException e) {
            throw new LiveClientException("session " + session.id() + ": " + e.getCause().getMessage(), e);
        }
    }

    private LiveClient.Session createSession() {
        try {
            return LiveClient.create(http, base);
        } catch (LiveClient.RefusedException e) {
            throw new LiveClientException(refusal(e.status(), e.body(), e.retryAfter()), e);
        } catch (IOException e) {
            throw new LiveClientException("cannot reach the live service at " + base + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LiveClientException("interrupted while creating a session", e);
        }
    }

    private LiveClient connect(LiveClient.Session session) {
        try {
            return LiveClient.connect(http, base, session.socketUrl(), session.token());
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            String why = cause instanceof java.net.http.WebSocketHandshakeException h
                    ? "refused (HTTP " + h.getResponse().statusCode() + ")" : String.valueOf(cause.getMessage());
            throw new LiveClientException("the socket of session " + session.id() + " did not open: " + why, e);
        }
    }

    /** Hands every server message to {@code messages} until the report came or the socket closed. */
    private static Thread startReader(LiveClient live, ServerMessages messages, String sessionId) {
        Thread t = new Thread(() -> {
            try {
                while (!messages.finished()) {
                    LiveClient.Received r = live.next(POLL);
                    if (r != null) {
                        messages.accept(r);
                    } else if (live.closeCode(Duration.ZERO) != null) {
                        messages.closed(live.closeCode(Duration.ZERO));
                        return;
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "replay-reader-" + sessionId);
        t.setDaemon(true);
        t.start();
        return t;
    }

    private static JsonNode await(CompletableFuture<JsonNode> future, Duration wait, String timeoutMessage) {
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
    static String refusal(int status, String body, String retryAfter) {
        String detail = "";
        try {
            JsonNode problem = ReportJson.mapper().readTree(body == null ? "" : body);
            if (problem != null && problem.hasNonNull("detail")) {
                detail = problem.get("detail").asText();
            } else if (problem != null && problem.hasNonNull("title")) {
                detail = problem.get("title").asText();
            }
        } catch (IOException e) {
            // not JSON: an error page says nothing the status code does not
        }
        if (detail.isEmpty() && status == 404) {
            detail = "no live service there";
        }
        return "the live service refused a new session (HTTP " + status + ")"
                + (detail.isEmpty() ? "" : ": " + detail.lines().findFirst().orElse(""))
                + (retryAfter == null ? "" : "; retry after " + retryAfter + " s");
    }
}
