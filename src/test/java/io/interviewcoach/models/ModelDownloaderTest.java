package io.interviewcoach.models;

import io.interviewcoach.console.Progress;
import io.interviewcoach.console.ProgressBar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.interviewcoach.models.ModelSpec.Format;
import io.interviewcoach.testsupport.TestAssets;

/** Downloads from a local HTTP server serving npm-style tarballs built from the real model files. */
class ModelDownloaderTest {
    private static LocalModelServer server;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() throws IOException {
        server = new LocalModelServer();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private ModelDownloader downloader(String mode, Progress progress) {
        DownloadSettings settings = DownloadSettings.defaults().withSourceUrls(server.urls(mode));
        return new ModelDownloader(new ModelStore(dir), settings, progress);
    }

    @Test
    void everyModelButVoskInstallsVerifiedFilesWithOneRequestPerSource() {
        server.requests.clear();
        StringWriter err = new StringWriter();
        ProgressBar bar = new ProgressBar(new PrintWriter(err), false, ProgressBar.Unit.BYTES);

        List<PullResult> results = downloader("ok", bar).pullAll(ModelCatalog.withoutSpeechRecognizer());

        assertEquals(7, results.size());
        ModelStore store = new ModelStore(dir);
        for (PullResult r : results) {
            assertTrue(r.ok(), () -> r.spec().id() + ": " + r.failure().getMessage());
            assertEquals(store.pathOf(r.spec()), r.installed());
            assertEquals(r.spec().sha256(), ModelStore.sha256(r.installed()), r.spec().id());
            assertTrue(store.isVerified(r.spec()));
            assertEquals("rw-r--r--", permissions(r.installed()), "installed models are readable by all");
        }
        // pose lite+full share one tarball, the two face models one packed .data file: 5 sources for 7 models
        assertEquals(5, server.requestCount(), server.requests.toString());
        assertEquals(List.of(), leftovers(), "no *.part files remain");
        String progress = err.toString();
        assertTrue(progress.contains("pose-landmark-lite, pose-landmark-full: downloading"), progress);
        assertTrue(progress.contains("100%"), progress);
        assertTrue(progress.contains("the rest of the archive is not needed"), progress);
        assertFalse(progress.contains("\r"), "no carriage returns when stderr is not a terminal");
    }

    @Test
    void byteRangeIsCutOutOfThePackedDataFile() throws IOException {
        Path installed = downloader("ok", Progress.NONE).pull(ModelCatalog.FACE_LANDMARK);

        assertEquals(1_241_896, Files.size(installed));
        assertEquals("c603fa6149219a3e9487dc9abd7a0c24474c77263273d24868378cdf40aa26d1", ModelStore.sha256(installed));
        assertTrue(Files.notExists(dir.resolve(ModelCatalog.FACE_DETECTION_SHORT.fileName())),
                "only what was asked for is installed");
    }

    @Test
    void checksumMismatchIsRefusedAndLeavesNothing() {
        ChecksumMismatchException e = assertThrows(ChecksumMismatchException.class,
                () -> downloader("tampered", Progress.NONE).pull(ModelCatalog.POSE_LANDMARK_LITE));

        assertTrue(e.getMessage().startsWith("Checksum mismatch for pose-landmark-lite: expected sha256 f17bfbec"),
                e.getMessage());
        assertTrue(e.getMessage().contains("the download from 127.0.0.1"), e.getMessage());
        assertEquals(64, e.actualSha256().length());
        assertFalse(e.actualSha256().equals(ModelCatalog.POSE_LANDMARK_LITE.sha256()));
        assertOneLine(e.getMessage());
        assertEquals(List.of(), allFiles(), "nothing installed, no part file left");
    }

    @Test
    void mismatchOfOneModelDoesNotSpoilItsSiblingFromAnotherSource() {
        List<PullResult> results = downloader("tampered", Progress.NONE)
                .pullAll(List.of(ModelCatalog.FACE_LANDMARK, ModelCatalog.FACE_DETECTION_SHORT));

        assertTrue(results.stream().noneMatch(PullResult::ok));
        assertTrue(results.stream().allMatch(r -> r.failure() instanceof ChecksumMismatchException));
        assertEquals(List.of(), allFiles());
    }

    @Test
    void unreachableHostNamesTheHostAndSuggestsMirror() throws IOException {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = s.getLocalPort();
        }
        DownloadSettings settings = DownloadSettings.defaults()
                .withSourceUrls(u -> URI.create("http://127.0.0.1:" + closedPort + u.getRawPath()));
        ModelDownloader d = new ModelDownloader(new ModelStore(dir), settings, Progress.NONE);

        ModelInstallException e = assertThrows(ModelInstallException.class, () -> d.pull(ModelCatalog.SILERO_VAD));

        assertEquals("Cannot reach 127.0.0.1:" + closedPort + " (connection refused) to fetch silero-vad; check the "
                + "network or proxy, or install from a local folder with --mirror DIR", e.getMessage());
        assertEquals(List.of(), allFiles());
    }

    @Test
    void httpErrorStatusIsReportedWithTheUrl() {
        ModelInstallException notFound = assertThrows(ModelInstallException.class,
                () -> downloader("ok", Progress.NONE).pull(renamedSource(ModelCatalog.IRIS_LANDMARK)));
        assertTrue(notFound.getMessage().startsWith("HTTP 404 from " + server.base() + "/ok/"), notFound.getMessage());
        assertTrue(notFound.getMessage().contains("--mirror DIR"));

        ModelInstallException serverError = assertThrows(ModelInstallException.class,
                () -> downloader("error500", Progress.NONE).pull(ModelCatalog.IRIS_LANDMARK));
        assertTrue(serverError.getMessage().startsWith("HTTP 500 from "), serverError.getMessage());
        assertOneLine(serverError.getMessage());
        assertEquals(List.of(), allFiles());
    }

    @Test
    void truncatedDirectDownloadLeavesNoFileWithTheFinalName() {
        ModelInstallException e = assertThrows(ModelInstallException.class,
                () -> downloader("truncated", Progress.NONE).pull(ModelCatalog.IRIS_LANDMARK));

        assertTrue(e.getMessage().startsWith("Download of iris-landmark from 127.0.0.1:"), e.getMessage());
        assertTrue(e.getMessage().contains("broke off"), e.getMessage());
        assertOneLine(e.getMessage());
        assertEquals(List.of(), allFiles());
    }

    @Test
    void truncatedTarballLeavesNothing() {
        StringWriter err = new StringWriter();
        List<PullResult> results = downloader("truncated", new ProgressBar(new PrintWriter(err), false, ProgressBar.Unit.BYTES))
                .pullAll(List.of(ModelCatalog.POSE_LANDMARK_LITE, ModelCatalog.POSE_LANDMARK_FULL));

        assertTrue(results.stream().noneMatch(PullResult::ok));
        assertTrue(results.get(0).failure().getMessage().contains("broke off"), results.get(0).failure().getMessage());
        assertTrue(err.toString().contains("(stopped)"), err.toString());
        assertEquals(List.of(), allFiles());
    }

    @Test
    void stalledDownloadIsAbandonedAfterTheStallTimeout() {
        DownloadSettings settings = DownloadSettings.defaults().withSourceUrls(server.urls("stall"))
                .withStallTimeout(Duration.ofMillis(1500));
        ModelDownloader d = new ModelDownloader(new ModelStore(dir), settings, Progress.NONE);
        long t0 = System.nanoTime();

        ModelInstallException e = assertThrows(ModelInstallException.class, () -> d.pull(ModelCatalog.IRIS_LANDMARK));

        double seconds = (System.nanoTime() - t0) / 1e9;
        assertTrue(seconds < 6, "abandoned after " + seconds + " s, the server stays silent for 8 s");
        assertTrue(e.getMessage().contains("broke off after"), e.getMessage());
        assertTrue(e.getMessage().contains("no data for a while"), e.getMessage());
        assertFalse(Thread.currentThread().isInterrupted(), "the watchdog's interrupt does not leak to the caller");
        assertEquals(List.of(), allFiles());
    }

    @Test
    void modelsFolderThatCannotBeWrittenGivesOneClearLine() throws IOException {
        Path notADir = Files.writeString(dir.resolve("models"), "a file where the folder should be");
        DownloadSettings settings = DownloadSettings.defaults().withSourceUrls(server.urls("ok"));
        ModelDownloader d = new ModelDownloader(new ModelStore(notADir), settings, Progress.NONE);

        ModelInstallException e = assertThrows(ModelInstallException.class, () -> d.pull(ModelCatalog.SILERO_VAD));

        assertTrue(e.getMessage().startsWith("Cannot write to the models folder " + notADir), e.getMessage());
        assertTrue(e.getMessage().endsWith("choose another folder with --dir DIR"), e.getMessage());
    }

    @Test
    void zippedModelIsVerifiedThenUnpackedIntoItsFolder() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("tiny-model-1.0/conf/model.conf", "--sample-frequency=16000\n".getBytes(StandardCharsets.UTF_8));
        entries.put("tiny-model-1.0/am/final.mdl", Files.readAllBytes(
                TestAssets.modelMirror().resolve("mediapipe/face_detection_short_range.tflite")));
        byte[] zip = LocalModelServer.zip(entries);
        server.put("/example.org/tiny-model-1.0.zip", zip);
        ModelSpec spec = new ModelSpec("tiny", "1.0", "tiny-model-1.0.zip", zip.length, sha256(zip), "Apache-2.0",
                Format.ZIP_DIRECTORY, ModelSource.direct("https://example.org/tiny-model-1.0.zip"), "test");

        Path installed = downloader("ok", Progress.NONE).pull(spec);

        assertEquals(dir.resolve("tiny-model-1.0"), installed);
        assertEquals("rwxr-xr-x", permissions(installed));
        assertEquals("--sample-frequency=16000\n", Files.readString(installed.resolve("conf/model.conf")));
        assertEquals(ModelCatalog.FACE_DETECTION_SHORT.sha256(), ModelStore.sha256(installed.resolve("am/final.mdl")));
        assertTrue(new ModelStore(dir).isInstalled(spec));
        assertEquals(List.of(dir.resolve(ChecksumCache.FILE_NAME), dir.resolve("tiny-model-1.0")), topLevel(),
                "the zip and unpack folder are gone; the checksums of the unpacked files are recorded");
        assertTrue(Files.isRegularFile(installed.resolve(UnpackedManifest.FILE_NAME)), "the unpacked files are listed");

        ModelSpec wrongSha = new ModelSpec("tiny2", "1.0", "tiny-model-1.0.zip", 0, "0".repeat(64), "Apache-2.0",
                Format.ZIP_DIRECTORY, ModelSource.direct("https://example.org/tiny-model-1.0.zip"), "test");
        Path other = dir.resolve("other");
        ModelDownloader d = new ModelDownloader(new ModelStore(other),
                DownloadSettings.defaults().withSourceUrls(server.urls("ok")), Progress.NONE);
        assertThrows(ChecksumMismatchException.class, () -> d.pull(wrongSha));
        assertEquals(0, Files.list(other).count(), "a refused zip is never unpacked");
    }

    private static ModelSpec renamedSource(ModelSpec s) {
        return new ModelSpec(s.id(), s.version(), s.fileName(), s.sizeBytes(), s.sha256(), s.license(), s.format(),
                ModelSource.direct(s.source().url() + ".moved"), s.purpose());
    }

    static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String permissions(Path p) {
        try {
            return PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static void assertOneLine(String message) {
        assertFalse(message.contains("\n"), message);
    }

    private List<Path> leftovers() {
        return allFiles().stream().filter(p -> p.toString().contains(".part")).toList();
    }

    private List<Path> allFiles() {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(p -> !p.equals(dir)).sorted().toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<Path> topLevel() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        }
    }
}
