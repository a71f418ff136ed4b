package io.interviewcoach.models;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.interviewcoach.models.ModelIntegrity.Outcome;
import io.interviewcoach.models.ModelSpec.Format;
import io.interviewcoach.testsupport.TestAssets;

/** Installed models are checked against their sha256 when a process first loads them, without rehashing every start. */
class ModelIntegrityTest {
    @TempDir
    Path dir;

    private ModelStore installed(ModelSpec spec) {
        ModelStore store = new ModelStore(dir.resolve("models"));
        assertTrue(new MirrorInstaller(store).install(spec, TestAssets.modelMirror()).isPresent());
        return store;
    }

    @Test
    void aCorruptedModelOfTheRightSizeIsRefusedNamingThePullCommandThatRepairsIt() throws IOException {
        ModelStore store = installed(ModelCatalog.FACE_LANDMARK);
        Path file = store.pathOf(ModelCatalog.FACE_LANDMARK);
        assertEquals(file, store.require(ModelCatalog.FACE_LANDMARK));

        byte[] bytes = Files.readAllBytes(file);
        bytes[bytes.length / 2] ^= 0x01;
        file.toFile().setWritable(true);
        Files.write(file, bytes);
        assertEquals(ModelCatalog.FACE_LANDMARK.sizeBytes(), Files.size(file), "same size: the size check alone passes");
        assertTrue(store.isInstalled(ModelCatalog.FACE_LANDMARK));

        ModelDamagedException e = assertThrows(ModelDamagedException.class, () -> store.require(ModelCatalog.FACE_LANDMARK));
        assertEquals("Model 'face-landmark' is damaged: " + file + " no longer has the sha256 it was installed with; "
                + "install it again with: coach models pull face-landmark", e.getMessage());
        assertFalse(store.isVerified(ModelCatalog.FACE_LANDMARK), "models pull sees it as not installed and fetches it");

        new MirrorInstaller(store).install(ModelCatalog.FACE_LANDMARK, TestAssets.modelMirror());
        assertEquals(file, store.require(ModelCatalog.FACE_LANDMARK), "repaired by pulling again");
    }

    @Test
    void aLaterProcessTrustsTheRecordedChecksumUntilSizeOrModificationTimeChange() throws IOException {
        ModelStore store = installed(ModelCatalog.SILERO_VAD);
        Path file = store.pathOf(ModelCatalog.SILERO_VAD);
        ModelIntegrity.forgetChecksOfThisProcess();

        assertEquals(Outcome.FROM_CACHE, store.verify(ModelCatalog.SILERO_VAD), "recorded at install: not hashed");
        assertEquals(Outcome.EARLIER_IN_THIS_PROCESS, store.verify(ModelCatalog.SILERO_VAD));

        ModelIntegrity.forgetChecksOfThisProcess();
        Files.setLastModifiedTime(file, FileTime.fromMillis(Files.getLastModifiedTime(file).toMillis() + 60_000));
        assertEquals(Outcome.HASHED, new ModelStore(store.dir()).verify(ModelCatalog.SILERO_VAD), "mtime changed");
        ModelIntegrity.forgetChecksOfThisProcess();
        assertEquals(Outcome.FROM_CACHE, new ModelStore(store.dir()).verify(ModelCatalog.SILERO_VAD),
                "the new stamp was recorded");

        Files.delete(store.dir().resolve(ChecksumCache.FILE_NAME));
        ModelIntegrity.forgetChecksOfThisProcess();
        assertEquals(Outcome.HASHED, new ModelStore(store.dir()).verify(ModelCatalog.SILERO_VAD), "no cache: hashed");
    }

    @Test
    void anUnpackedModelIsCheckedFileByFileAgainstTheListWrittenWhenItWasUnpacked() throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("tiny-model-1.0/conf/model.conf", "--sample-frequency=16000\n".getBytes(StandardCharsets.UTF_8));
        entries.put("tiny-model-1.0/am/final.mdl", Files.readAllBytes(
                TestAssets.modelMirror().resolve("mediapipe/face_detection_short_range.tflite")));
        byte[] zip = LocalModelServer.zip(entries);
        Path mirror = Files.write(Files.createDirectories(dir.resolve("mirror")).resolve("tiny-model-1.0.zip"), zip);
        ModelSpec spec = new ModelSpec("tiny", "1.0", "tiny-model-1.0.zip", zip.length,
                ModelDownloaderTest.sha256(zip), "Apache-2.0", Format.ZIP_DIRECTORY,
                ModelSource.direct("https://example.org/tiny-model-1.0.zip"), "test");
        ModelStore store = new ModelStore(dir.resolve("models"));
        Path folder = new MirrorInstaller(store).install(spec, mirror.getParent()).orElseThrow();

        assertEquals(folder, store.require(spec));
        assertTrue(store.isVerified(spec));
        assertTrue(Files.readString(folder.resolve(UnpackedManifest.FILE_NAME)).contains(" am/final.mdl"));

        Path mdl = folder.resolve("am/final.mdl");
        byte[] bytes = Files.readAllBytes(mdl);
        bytes[100] ^= 0x01;
        mdl.toFile().setWritable(true);
        Files.write(mdl, bytes);
        ModelDamagedException damaged = assertThrows(ModelDamagedException.class, () -> store.require(spec));
        assertEquals("Model 'tiny' is damaged: " + mdl + " no longer has the sha256 it was installed with; install it "
                + "again with: coach models pull tiny", damaged.getMessage());
        assertFalse(store.isVerified(spec));

        new MirrorInstaller(store).install(spec, mirror.getParent());
        assertEquals(folder, store.require(spec), "repaired by installing again");
        Files.delete(folder.resolve("conf/model.conf"));
        assertTrue(assertThrows(ModelDamagedException.class, () -> store.require(spec)).getMessage()
                .contains(folder.resolve("conf/model.conf") + " is missing"));
        Files.delete(folder.resolve(UnpackedManifest.FILE_NAME));
        assertTrue(assertThrows(ModelDamagedException.class, () -> store.require(spec)).getMessage()
                .contains("has no list of its files"));
    }
}
