package io.interviewcoach.speech.recognition;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.interviewcoach.inference.ModelLoadException;
import io.interviewcoach.models.ModelMissingException;
import io.interviewcoach.models.ModelStore;
import io.interviewcoach.speech.Word;

/** The Vosk native binding without a model: it loads, and bad model paths fail with a clear exception. */
class VoskBindingTest {

    @Test
    void nativeLibraryLoads() {
        assertDoesNotThrow(VoskSpeechModel::loadNativeLibrary);
    }

    @Test
    void directoryWithoutModelFilesFailsCleanly(@TempDir Path dir) throws Exception {
        // libvosk itself checks the folder and returns no model; the binding turns that into an IOException
        Files.createDirectories(dir.resolve("am"));
        Files.writeString(dir.resolve("am/final.mdl"), "not a model");
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> VoskSpeechModel.load(dir));
        assertTrue(e.getMessage().startsWith("Vosk could not load a model from " + dir.toAbsolutePath()), e.getMessage());
        assertTrue(e.getMessage().contains("Failed to create a model"), e.getMessage());
    }

    @Test
    void missingDirectoryIsReportedBeforeTheNativeCall(@TempDir Path dir) {
        Path missing = dir.resolve("nowhere");
        ModelLoadException e = assertThrows(ModelLoadException.class, () -> VoskSpeechModel.load(missing));
        assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
    }

    @Test
    void modelNotInStoreSaysHowToFetchIt(@TempDir Path dir) {
        ModelMissingException e = assertThrows(ModelMissingException.class,
                () -> VoskSpeechModel.fromStore(new ModelStore(dir)));
        assertEquals("vosk-small-en-us", e.modelId());
        assertTrue(e.getMessage().contains("coach models pull vosk-small-en-us"), e.getMessage());
    }

    @Test
    void floatSamplesBecomeClippedPcm16() {
        short[] pcm = VoskRecognizer.toPcm16(new float[] {0f, 1f, -1f, 0.5f, 2f, -3f, Float.NaN});
        assertArrayEquals(new short[] {0, 32767, -32767, 16384, 32767, -32768, 0}, pcm);
    }

    @Test
    void recognizerTimeMapsToMediaTimeAcrossGaps() {
        AudioClock clock = new AudioClock(16_000);
        clock.mark(10.0);           // the stream starts 10 s into the media
        clock.advance(16_000);      // 1 s fed
        clock.mark(13.0);           // next chunk after a 2 s gap
        clock.advance(8_000);
        assertEquals(10.5, clock.toMedia(0.5), 1e-9);
        assertEquals(13.25, clock.toMedia(1.25), 1e-9);
        List<Word> words = clock.toMedia(List.of(new Word("hi", 0.9, 1.2, 0.8, false)));
        assertEquals(10.9, words.get(0).start(), 1e-9);
        assertEquals(13.2, words.get(0).end(), 1e-9);
    }
}
