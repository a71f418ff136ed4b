package io.interviewcoach.web.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.interviewcoach.testsupport.TestAssets;

/**
 * One run of a frontend/e2e script in Debian's Chromium, with d9.mp4 as the camera and jfk.flac as the microphone
 * (converted once per build by ffmpeg into {@code dir}); the script writes what the page showed to {@code result.json}.
 */
record SiteBrowserRun(Process process, Path log, Path result) {
    static final Path SHOTS = Path.of("target", "e2e-screenshots").toAbsolutePath();
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final ObjectMapper JSON = new ObjectMapper();

    /** GET {@code url} (with {@code Authorization: Bearer token} unless null): asserts 200, returns its JSON. */
    static JsonNode getJson(String url, String token) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url));
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), url + ": " + r.body());
        return JSON.readTree(r.body());
    }

    /** A JSON array of the page's result as strings. */
    static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    static SiteBrowserRun start(Path dir, String script, String baseUrl, Map<String, String> extraEnv) throws IOException, InterruptedException {
        for (String tool : List.of("node", "ffmpeg", "/usr/bin/chromium")) {
            assertEquals(0, run(List.of("sh", "-c", "command -v " + tool), Path.of("."), 10),
                    tool + " is missing: run deploy/install-test-tools.sh");
        }
        Files.createDirectories(dir);
        Path video = convert(TestAssets.media("d9.mp4"), dir.resolve("d9.y4m"), "-an", "-r", "10", "-pix_fmt", "yuv420p");
        Path audio = convert(TestAssets.media("jfk.flac"), dir.resolve("jfk.wav"), "-vn", "-ac", "1", "-ar", "48000", "-c:a", "pcm_s16le");
        String name = script.replace(".mjs", "");
        Path result = dir.resolve(name + "-result.json");
        Path log = dir.resolve(name + "-browser.log");
        Files.deleteIfExists(result);
        ProcessBuilder node = new ProcessBuilder("node", "e2e/" + script).directory(Path.of("frontend").toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        node.environment().putAll(Map.of("BASE_URL", baseUrl, "VIDEO", video.toString(), "AUDIO", audio.toString(),
                "SHOTS", SHOTS.toString(), "RESULT", result.toString()));
        node.environment().putAll(extraEnv);
        return new SiteBrowserRun(node.start(), log, result);
    }

    /** Waits for the script; true when it ended by itself with exit code 0. */
    boolean succeeded(int seconds) throws InterruptedException {
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            return false;
        }
        return process.exitValue() == 0;
    }

    String logText() throws IOException {
        return Files.readString(log) + (Files.exists(result) ? "\nresult: " + Files.readString(result) : "");
    }

    /** The recording as Chromium's fake capture device plays it (.y4m video, .wav audio); made once per build. */
    static Path convert(Path source, Path target, String... options) throws IOException, InterruptedException {
        if (!Files.isRegularFile(target)) {
            List<String> cmd = new ArrayList<>(List.of("ffmpeg", "-v", "error", "-y", "-i", source.toString()));
            cmd.addAll(List.of(options));
            cmd.add(target.toString());
            assertEquals(0, run(cmd, target.getParent(), 60), "ffmpeg could not convert " + source);
        }
        return target;
    }

    static int run(List<String> cmd, Path dir, int seconds) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(seconds, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return -1;
        }
        return p.exitValue();
    }
}
