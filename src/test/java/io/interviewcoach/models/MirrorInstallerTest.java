package io.interviewcoach.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.interviewcoach.testsupport.TestAssets;

class MirrorInstallerTest {
    @TempDir
    Path dir;

    @Test
    void installsEveryModelButVoskFromTheSharedMirrorVerified() {
        ModelStore store = new ModelStore(dir.resolve("models"));
        MirrorInstaller installer = new MirrorInstaller(store);

        for (ModelSpec spec : ModelCatalog.withoutSpeechRecognizer()) {
            Optional<Path> p = installer.install(spec, TestAssets.modelMirror());
            assertTrue(p.isPresent(), spec.id());
            assertEquals(spec.sha256(), ModelStore.sha256(p.get()));
        }
        assertEquals(Optional.empty(), installer.install(ModelCatalog.VOSK_SMALL_EN, TestAssets.modelMirror()),
                "the shared mirror has no Vosk model");
    }

    @Test
    void findsAModelUnderAnotherNameBySha256() throws IOException {
        Path mirror = Files.createDirectories(dir.resolve("mirror/renamed"));
        Files.copy(TestAssets.modelMirror().resolve("onnx/iris_landmark.onnx"), mirror.resolve("iris.bin"));
        ModelStore store = new ModelStore(dir.resolve("models"));

        Path p = new MirrorInstaller(store).install(ModelCatalog.IRIS_LANDMARK, dir.resolve("mirror")).orElseThrow();

        assertEquals(store.dir().resolve("iris_landmark.onnx"), p);
        assertEquals(ModelCatalog.IRIS_LANDMARK.sha256(), ModelStore.sha256(p));
    }

    @Test
    void cutsModelsOutOfTheSourceTarballWhenTheMirrorHoldsThat() throws IOException {
        Path mirror = Files.createDirectories(dir.resolve("mirror"));
        Path shared = TestAssets.modelMirror();
        byte[] packed = LocalModelServer.faceMeshPackedData(
                Files.readAllBytes(shared.resolve("mediapipe/face_landmark.tflite")),
                Files.readAllBytes(shared.resolve("mediapipe/face_detection_short_range.tflite")),
                Files.readAllBytes(shared.resolve("mediapipe/pose_detection.tflite")));
        Files.write(mirror.resolve("face_mesh-0.4.1657299874.tgz"),
                LocalModelServer.tgz(Map.of("package/face_mesh_solution_packed_assets.data", packed)));
        ModelStore store = new ModelStore(dir.resolve("models"));
        MirrorInstaller installer = new MirrorInstaller(store);

        Path landmark = installer.install(ModelCatalog.FACE_LANDMARK, mirror).orElseThrow();
        Path detector = installer.install(ModelCatalog.FACE_DETECTION_SHORT, mirror).orElseThrow();

        assertEquals(ModelCatalog.FACE_LANDMARK.sha256(), ModelStore.sha256(landmark));
        assertEquals(ModelCatalog.FACE_DETECTION_SHORT.sha256(), ModelStore.sha256(detector));
        assertEquals(Optional.empty(), installer.install(ModelCatalog.POSE_LANDMARK_LITE, mirror));
    }

    @Test
    void aWrongFileWithTheRightNameIsRefused() throws IOException {
        Path mirror = Files.createDirectories(dir.resolve("mirror"));
        Files.copy(TestAssets.modelMirror().resolve("onnx/face_landmark.onnx"), mirror.resolve("face_landmark.tflite"));
        ModelStore store = new ModelStore(dir.resolve("models"));

        ChecksumMismatchException e = assertThrows(ChecksumMismatchException.class,
                () -> new MirrorInstaller(store).install(ModelCatalog.FACE_LANDMARK, mirror));

        assertTrue(e.getMessage().contains("the mirror's file " + mirror.resolve("face_landmark.tflite")), e.getMessage());
        try (Stream<Path> left = Files.list(store.dir())) {
            assertEquals(List.of(), left.toList(), "nothing installed, no part file");
        }
    }
}
