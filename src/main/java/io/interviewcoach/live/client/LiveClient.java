package io.interviewcoach.live.client;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.interviewcoach.live.protocol.ControlMessage;
import io.interviewcoach.live.protocol.MediaMessage;

/**
 * A Java client of the live protocol (docs/protocol.md), for tests and the benchmark: creates a session over HTTP,
 * opens its socket, sends media and control messages, and queues every server message with its arrival time.
 */
public final class LiveClient implements AutoCloseable {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** A server message and when it arrived ({@link System#nanoTime()}). */
    public record Received(JsonNode message, long nanos) {
        public String type() {
            return message.path("type").asText();
        }
    }

    /** What POST /api/sessions answered. */
    public record Session(String id, String token, String socketUrl, JsonNode limits) {}

    private final WebSocket socket;
    private final BlockingQueue<Received> received;
    private final CompletableFuture<Integer> closed;

    private LiveClient(WebSocket socket, Listener listener) {
        this.socket = socket;
        this.received = listener.received;
        this.closed = listener.closed;
    }

    /** POST /api/sessions; the HTTP status and body when it was not 201 (503 at capacity). */
    public static Session create(HttpClient http, URI base) throws IOException, InterruptedException {
        return create(http, base, null);
    }

    /** POST /api/sessions with session options, e.g. {@code {"fps":5,"poseModel":"lite"}} (null: none). */
    public static Session create(HttpClient http, URI base, String options) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve("/api/sessions")).timeout(Duration.ofSeconds(60));
        if (options == null) {
            request.POST(HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(options));
        }
        HttpResponse<String> r = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 201) {
            throw new RefusedException(r.statusCode(), r.body(), r.headers().firstValue("Retry-After").orElse(null));
        }
        JsonNode json = MAPPER.readTree(r.body());
        return new Session(json.get("id").asText(), json.get("token").asText(), json.get("socketUrl").asText(),
                json.get("limits"));
    }

    /** Opens the session's socket with {@code token}; fails with the HTTP status when the upgrade is refused. */
    public static LiveClient connect(HttpClient http, URI base, String socketUrl, String token) {
        URI ws = URI.create(base.toString().replaceFirst("^http", "ws")).resolve(socketUrl
                + (token == null ? "" : "?token=" + URLEncoder.encode(token, StandardCharsets.UTF_8)));
        Listener listener = new Listener();
        WebSocket socket = http.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(10)).buildAsync(ws, listener)
                .join();
        return new LiveClient(socket, listener);
    }

    public void send(MediaMessage message) {
        sendBinary(message.encode());
    }

    public synchronized void sendBinary(byte[] bytes) {
        socket.sendBinary(ByteBuffer.wrap(bytes), true).join();
    }

    public synchronized void send(ControlMessage message) {
        sendText(message.toJson());
    }

    public synchronized void sendText(String text) {
        socket.sendText(text, true).join();
    }

    /** The next server message, or null after {@code timeout}. */
    public Received next(Duration timeout) throws InterruptedException {
        return received.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The next message of {@code type} (others are skipped), or null after {@code timeout}. */
    public Received next(String type, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            long left = deadline - System.nanoTime();
            Received r = received.poll(Math.max(0, left), TimeUnit.NANOSECONDS);
            if (r == null || r.type().equals(type)) {
                return r;
            }
        }
    }

    /** The close code the server sent, or null while open (waits up to {@code timeout}). */
    public Integer closeCode(Duration timeout) {
        try {
            return closed.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            return null;
        }
    }

    /** Drops the connection without a close handshake, as a lost network would. */
    public void abort() {
        socket.abort();
    }

    @Override
    public void close() {
        try {
            if (!socket.isOutputClosed()) {
                socket.sendClose(WebSocket.NORMAL_CLOSURE, "bye").join();
            }
        } catch (CompletionException e) {
            socket.abort();
        }
    }

    /** The server refused to create a session. */
    public static final class RefusedException extends IOException {
        private final int status;
        private final String body;
        private final String retryAfter;

        RefusedException(int status, String body, String retryAfter) {
            super("HTTP " + status + ": " + body);
            this.status = status;
            this.body = body;
            this.retryAfter = retryAfter;
        }

        public int status() {
            return status;
        }

        public String body() {
            return body;
        }

        public String retryAfter() {
            return retryAfter;
        }
    }

    private static final class Listener implements WebSocket.Listener {
        final CompletableFuture<Integer> closed = new CompletableFuture<>();
        final BlockingQueue<Received> received = new LinkedBlockingQueue<>();
        private final StringBuilder text = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            text.append(data);
            if (last) {
                long now = System.nanoTime();
                try {
                    received.add(new Received(MAPPER.readTree(text.toString()), now));
                } catch (IOException e) {
                    throw new IllegalStateException("the server sent something that is not JSON: " + text, e);
                }
                text.setLength(0);
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closed.complete(statusCode);
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            closed.complete(-1);
        }
    }
}
