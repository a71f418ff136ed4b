package io.interviewcoach.speech.recognition;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.vosk.LibVosk;
import org.vosk.LogLevel;
import org.vosk.Model;
import org.vosk.Recognizer;

import io.interviewcoach.inference.ModelLoadException;
import io.interviewcoach.models.ModelCatalog;
import io.interviewcoach.models.ModelStore;

/**
 * A Vosk acoustic + language model, loaded once per process (it is large and thread-safe) and shared by the
 * per-stream recognizers made from it. libvosk comes inside the Vosk jar and is loaded through JNA.
 */
public final class VoskSpeechModel implements AutoCloseable {
    public static final float SAMPLE_RATE = 16_000f;
    private static volatile boolean nativeLoaded;

    private final Path dir;
    private final Model model;
    private boolean closed;

    private VoskSpeechModel(Path dir, Model model) {
        this.dir = dir;
        this.model = model;
    }

    /**
     * Loads libvosk (once) and quiets Kaldi's logging to warnings. Throws {@link ModelLoadException} when the
     * native library does not load on this platform.
     */
    public static void loadNativeLibrary() {
        if (nativeLoaded) {
            return;
        }
        try {
            LibVosk.setLogLevel(LogLevel.WARNINGS);
            nativeLoaded = true;
        } catch (UnsatisfiedLinkError | NoClassDefFoundError | ExceptionInInitializerError e) {
            throw new ModelLoadException("The Vosk native library (libvosk, shipped in com.alphacephei:vosk) cannot be "
                    + "loaded on " + System.getProperty("os.name") + "/" + System.getProperty("os.arch") + ": " + e, e);
        }
    }

    /** The catalog's small English model from the store; {@code ModelMissingException} says how to fetch it. */
    public static VoskSpeechModel fromStore(ModelStore store) {
        return load(store.require(ModelCatalog.VOSK_SMALL_EN));
    }

    /** A model directory as unpacked from a Vosk model zip (am/, conf/, graph/, …). */
    public static VoskSpeechModel load(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new ModelLoadException("Vosk model directory " + dir.toAbsolutePath() + " does not exist or is not a "
                    + "directory");
        }
        loadNativeLibrary();
        try {
            return new VoskSpeechModel(dir, new Model(dir.toAbsolutePath().toString()));
        } catch (IOException e) {
            throw new ModelLoadException("Vosk could not load a model from " + dir.toAbsolutePath() + " (" + e.getMessage()
                    + "): the directory must be an unpacked Vosk model with am/, conf/ and graph/ folders", e);
        }
    }

    public Path dir() {
        return dir;
    }

    /**
     * A recognizer for one stream (16 kHz, word timings on), fed in pieces of {@code chunkSec} seconds so that
     * utterance ends are seen at that granularity ({@code SpeechSettings#recognizerChunkSec}). Close it when the
     * stream ends.
     */
    public synchronized VoskRecognizer newRecognizer(double chunkSec) {
        if (closed) {
            throw new IllegalStateException("the Vosk model from " + dir + " is closed");
        }
        try {
            Recognizer r = new Recognizer(model, SAMPLE_RATE);
            r.setWords(true);
            r.setPartialWords(true);
            return new VoskRecognizer(DecoderSession.of(r), chunkSec);
        } catch (IOException e) {
            throw new ModelLoadException("Vosk could not create a recognizer for the model in " + dir + ": "
                    + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void close() {
        if (!closed) { // a second native free would crash the JVM
            closed = true;
            model.close();
        }
    }
}
