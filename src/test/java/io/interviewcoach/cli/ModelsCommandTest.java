package io.interviewcoach.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.sun.net.httpserver.HttpServer;

import io.interviewcoach.models.DownloadSettings;
import io.interviewcoach.models.ModelCatalog;
import io.interviewcoach.models.ModelSpec;
import io.interviewcoach.models.ModelStore;
import io.interviewcoach.models.ModelStoreLocator;
import io.interviewcoach.testsupport.TestAssets;
import picocli.CommandLine;

class ModelsCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(ModelsCommand command, String... args) {
        CommandLine cl = new CommandLine(command);
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    private static final int CLOSED_PORT = closedPort();

    private static int closedPort() {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private ModelsCommand offline() {
        // Any network attempt goes to a loopback port nothing listens on; --mirror must never try.
        return new ModelsCommand(new ModelStoreLocator(Optional.of(dir.resolve("configured"))), DownloadSettings
                .defaults().withSourceUrls(u -> URI.create("http://127.0.0.1:" + CLOSED_PORT + u.getRawPath())));
    }

    @Test
    void pullWithoutIdsFetchesVoskTooAndAMirrorWithoutItIsAPartialInstallNamedInOneLine() {
        Path models = dir.resolve("models");

        int code = run(offline(), "pull", "--mirror", TestAssets.modelMirror().toString(), "--dir", models.toString());

        assertEquals(6, code, "partial: " + err);
        assertTrue(ModelCatalog.defaultPullSet().contains(ModelCatalog.VOSK_SMALL_EN));
        ModelStore store = new ModelStore(models);
        for (ModelSpec m : ModelCatalog.withoutSpeechRecognizer()) {
            assertTrue(store.isVerified(m), m.id());
            assertTrue(out.toString().contains(m.id() + ": installed, sha256 ok (" + store.pathOf(m) + ")"), out.toString());
        }
        assertFalse(store.isInstalled(ModelCatalog.VOSK_SMALL_EN));
        List<String> errLines = err.toString().lines().toList();
        assertEquals(List.of("vosk-small-en-us: FAILED: not in mirror " + TestAssets.modelMirror()
                + " (looked for vosk-model-small-en-us-0.15.zip)",
                "1 of 8 models failed: vosk-small-en-us; 7 installed"), errLines);

        out.getBuffer().setLength(0);
        assertEquals(0, run(offline(), "list", "--dir", models.toString()));
        List<String> lines = out.toString().lines().toList();
        assertEquals("Models folder: " + models.toAbsolutePath(), lines.get(0));
        assertTrue(lines.get(1).matches("ID +INSTALLED +SIZE +VERSION +LICENSE +PURPOSE +SOURCE"), lines.get(1));
        String lite = lines.stream().filter(l -> l.startsWith("pose-landmark-lite ")).findFirst().orElseThrow();
        assertTrue(lite.contains(store.pathOf(ModelCatalog.POSE_LANDMARK_LITE).toString()), lite);
        assertTrue(lite.contains("2.8 MB") && lite.contains("Apache-2.0")
                && lite.contains("npm @mediapipe/pose@0.5.1675469404: package/pose_landmark_lite.tflite"), lite);
        String vosk = lines.stream().filter(l -> l.startsWith("vosk-small-en-us ")).findFirst().orElseThrow();
        assertTrue(vosk.matches("vosk-small-en-us +no +unknown +0\\.15 +Apache-2\\.0 .*alphacephei.*"), vosk);

        out.getBuffer().setLength(0);
        assertEquals(0, run(offline(), "pull", "--mirror", TestAssets.modelMirror().toString(), "--dir",
                models.toString(), "silero-vad"));
        assertTrue(out.toString().startsWith("silero-vad: already installed, sha256 ok"), out.toString());
    }

    @Test
    void listUsesTheConfiguredFolderWhenNoDirIsGiven() {
        assertEquals(0, run(offline(), "list"));
        assertTrue(out.toString().startsWith("Models folder: " + dir.resolve("configured").toAbsolutePath()), out.toString());
        assertEquals(8, out.toString().lines().filter(l -> l.matches("\\S+ +no +.*")).count(), out.toString());
    }

    @Test
    void voskIsNotInTheSharedMirrorSoPullingItWithAnotherIsPartialNamingIt() {
        int code = run(offline(), "pull", "vosk-small-en-us", "silero-vad", "--mirror",
                TestAssets.modelMirror().toString(), "--dir", dir.resolve("m").toString());

        assertEquals(6, code);
        assertTrue(err.toString().contains("vosk-small-en-us: FAILED: not in mirror " + TestAssets.modelMirror()
                + " (looked for vosk-model-small-en-us-0.15.zip)"), err.toString());
        assertTrue(err.toString().contains("1 of 2 models failed: vosk-small-en-us; 1 installed"), err.toString());
        assertTrue(out.toString().contains("silero-vad: installed, sha256 ok"), out.toString());
    }

    @Test
    void unknownIdIsAUsageErrorListingTheKnownIds() {
        int code = run(offline(), "pull", "pose-heavy", "--mirror", TestAssets.modelMirror().toString(), "--dir",
                dir.toString());

        assertEquals(2, code);
        assertEquals("Unknown model id 'pose-heavy'. Known ids: " + String.join(", ", ModelCatalog.ids()),
                err.toString().strip());
    }

    @Test
    void badOptionAndMissingMirrorAreUsageErrors() {
        assertEquals(2, run(offline(), "pull", "--bogus"));
        assertEquals(2, run(offline(), "pull", "--mirror", dir.resolve("nope").toString()));
        assertTrue(err.toString().contains("Mirror folder " + dir.resolve("nope") + " does not exist"), err.toString());
        assertEquals(2, run(offline()), "no subcommand");
    }

    @Test
    void pullHelpSaysVoskIsPulledByDefaultAndDocumentsPartial() {
        assertEquals(0, run(offline(), "pull", "--help"));
        String help = out.toString().replaceAll("\\s+", " ");
        assertTrue(help.contains("Without IDs: every model the analysis uses, the 40 MB Vosk speech recognizer included."),
                help);
        assertTrue(help.contains("6 partial"), help);
        assertTrue(help.contains("--mirror=DIR"), help);
    }

    @Test
    void pullDownloadsOverHttpAndReportsAnUnreachableHostInOneLine() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        byte[] iris = Files.readAllBytes(TestAssets.modelMirror().resolve("onnx/iris_landmark.onnx"));
        server.createContext("/", ex -> {
            try (ex) {
                ex.sendResponseHeaders(200, iris.length);
                ex.getResponseBody().write(iris);
            }
        });
        server.start();
        try {
            UnaryOperator<URI> local = u -> URI.create("http://127.0.0.1:" + server.getAddress().getPort() + u.getRawPath());
            ModelsCommand online = new ModelsCommand(ModelStoreLocator.defaults(),
                    DownloadSettings.defaults().withSourceUrls(local));

            int code = run(online, "pull", "iris-landmark", "--dir", dir.toString());

            assertEquals(0, code, err.toString());
            assertEquals(ModelCatalog.IRIS_LANDMARK.sha256(), ModelStore.sha256(dir.resolve("iris_landmark.onnx")));
            assertTrue(err.toString().contains("iris-landmark: downloading 2.6 MB"), err.toString());
        } finally {
            server.stop(0);
        }

        err.getBuffer().setLength(0);
        int code = run(offline(), "pull", "silero-vad", "--dir", dir.resolve("other").toString());

        assertEquals(1, code);
        List<String> lines = err.toString().lines().toList();
        assertEquals(List.of("silero-vad: FAILED: Cannot reach 127.0.0.1:" + CLOSED_PORT + " (connection refused) to fetch silero-vad; "
                + "check the network or proxy, or install from a local folder with --mirror DIR",
                "1 of 1 models failed: silero-vad"), lines);
    }
}
