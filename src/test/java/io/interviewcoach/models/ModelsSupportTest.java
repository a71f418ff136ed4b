package io.interviewcoach.models;


import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** The small parts: folder resolution, catalog look-ups, source descriptions, progress drawing, proxies. */
class ModelsSupportTest {
    @Test
    void modelsFolderFollowsXdgThenHomeAndOverridesWin() {
        assertEquals(Path.of("/xdg/interview-coach/models"),
                ModelStoreLocator.defaultDir(Map.of("XDG_CACHE_HOME", "/xdg"), "/home/u"));
        assertEquals(Path.of("/home/u/.cache/interview-coach/models"), ModelStoreLocator.defaultDir(Map.of(), "/home/u"));
        assertEquals(Path.of("/home/u/.cache/interview-coach/models"),
                ModelStoreLocator.defaultDir(Map.of("XDG_CACHE_HOME", "relative/cache"), "/home/u"),
                "a relative XDG_CACHE_HOME is invalid and ignored");

        ModelStoreLocator configured = new ModelStoreLocator(Optional.of(Path.of("/etc/coach/models")), Path.of("/d"));
        assertEquals(Path.of("/etc/coach/models"), configured.resolve(null));
        assertEquals(Path.of("/cli"), configured.resolve(Path.of("/cli")));
        assertEquals(Path.of("/d"), new ModelStoreLocator(Optional.empty(), Path.of("/d")).resolve(null));
    }

    @Test
    void catalogDefaultSetIsEveryModelAndUnknownIdsListTheKnownOnes() {
        assertEquals(ModelCatalog.all(), ModelCatalog.defaultPullSet());
        assertEquals(ModelCatalog.all().size() - 1, ModelCatalog.withoutSpeechRecognizer().size());
        assertFalse(ModelCatalog.withoutSpeechRecognizer().contains(ModelCatalog.VOSK_SMALL_EN));

        UnknownModelException e = assertThrows(UnknownModelException.class, () -> ModelCatalog.require("pose-heavy"));
        assertEquals("Unknown model id 'pose-heavy'. Known ids: pose-landmark-lite, pose-landmark-full, "
                + "face-detection-short-range, face-landmark, face-detection-full-range, iris-landmark, silero-vad, "
                + "vosk-small-en-us", e.getMessage());
    }

    @Test
    void sourcesDescribeThemselvesShortly() {
        assertEquals("npm @mediapipe/face_mesh@0.4.1657299874: package/face_mesh_solution_packed_assets.data bytes "
                + "[2495952, 3737848)", ModelCatalog.FACE_LANDMARK.source().describe());
        assertEquals("npm @ricky0123/vad-web@0.0.31: package/dist/silero_vad_v5.onnx",
                ModelCatalog.SILERO_VAD.source().describe());
        assertEquals("GitHub SludgePhD/Zaru@95d4f0c: 3rdparty/onnx/iris_landmark.onnx",
                ModelCatalog.IRIS_LANDMARK.source().describe());
        assertEquals("pose-0.5.1675469404.tgz", ModelCatalog.POSE_LANDMARK_FULL.source().archiveFileName());
        assertThrows(IllegalArgumentException.class, () -> ModelSource.tarRange("https://x/y.tgz", "e", 10, 10));
    }

    @Test
    void npmRegistryCanBeSwappedForACompanyMirrorLeavingOtherSourcesAlone() {
        DownloadSettings s = DownloadSettings.defaults().withNpmRegistry("https://npm.corp.example/api/npm/npm-remote");
        assertEquals(URI.create("https://npm.corp.example/api/npm/npm-remote/@mediapipe/pose/-/pose-0.5.1675469404.tgz"),
                s.sourceUrls().apply(ModelCatalog.POSE_LANDMARK_LITE.source().uri()));
        assertEquals(ModelCatalog.IRIS_LANDMARK.source().uri(),
                s.sourceUrls().apply(ModelCatalog.IRIS_LANDMARK.source().uri()));
    }

    @Test
    void environmentProxyAppliesExceptToNoProxyHostsAndLoopback() {
        var selector = EnvironmentProxySelector.from(Map.of("HTTPS_PROXY", "http://proxy.corp:3128",
                "no_proxy", "internal.corp,.example.org")).orElseThrow();
        Proxy expected = new Proxy(Proxy.Type.HTTP, InetSocketAddress.createUnresolved("proxy.corp", 3128));

        assertEquals(List.of(expected), selector.select(URI.create("https://registry.npmjs.org/x.tgz")));
        assertEquals(List.of(Proxy.NO_PROXY), selector.select(URI.create("https://a.internal.corp/x")));
        assertEquals(List.of(Proxy.NO_PROXY), selector.select(URI.create("https://example.org/x")));
        assertEquals(List.of(Proxy.NO_PROXY), selector.select(URI.create("http://127.0.0.1:8080/x")));
        assertEquals(List.of(Proxy.NO_PROXY), selector.select(URI.create("http://plain.example.com/x")),
                "HTTPS_PROXY alone does not apply to http URLs");
        assertTrue(EnvironmentProxySelector.from(Map.of()).isEmpty());
    }
}
