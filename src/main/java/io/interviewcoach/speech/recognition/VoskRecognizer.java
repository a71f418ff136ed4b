package io.interviewcoach.speech.recognition;

import java.util.ArrayList;
import java.util.List;

import io.interviewcoach.media.AudioChunk;
import io.interviewcoach.speech.Transcript;
import io.interviewcoach.speech.Word;

/**
 * Streaming recognition of one stream with Vosk: each chunk's float samples become 16-bit PCM, fed in short
 * pieces; every finished utterance's {@code getResult()} and the final {@code getFinalResult()} give words with
 * timings. Vosk counts time in samples fed, so each chunk's media start is remembered to map recognizer time
 * back to media time (gaps in the audio and a stream that does not start at 0 stay aligned).
 */
public final class VoskRecognizer implements SpeechRecognizer {
    private final DecoderSession recognizer;
    private final int pieceSamples;
    private final AudioClock clock = new AudioClock(AudioChunk.SAMPLE_RATE);
    private boolean closed;

    VoskRecognizer(DecoderSession recognizer, double chunkSec) {
        this.recognizer = recognizer;
        this.pieceSamples = Math.max(160, (int) Math.round(chunkSec * AudioChunk.SAMPLE_RATE));
    }

    @Override
    public Update accept(AudioChunk chunk) {
        ensureOpen();
        List<Word> finished = new ArrayList<>();
        if (chunk == null || chunk.samples().length == 0) {
            return new Update(finished, List.of(), "");
        }
        clock.mark(chunk.startSec());
        short[] pcm = toPcm16(chunk.samples());
        short[] piece = new short[pieceSamples];
        for (int from = 0; from < pcm.length; from += pieceSamples) {
            int n = Math.min(pieceSamples, pcm.length - from);
            System.arraycopy(pcm, from, piece, 0, n);
            if (recognizer.accept(piece, n)) {
                finished.addAll(clock.toMedia(VoskResultParser.words(recognizer.result())));
            }
        }
        clock.advance(pcm.length);
        String partial = recognizer.partialResult();
        return new Update(finished, clock.toMedia(VoskResultParser.partialWords(partial)),
                VoskResultParser.partialText(partial));
    }

    @Override
    public List<Word> finish() {
        ensureOpen();
        return clock.toMedia(VoskResultParser.words(recognizer.finalResult()));
    }

    @Override
    public String source() {
        return Transcript.VOSK;
    }

    @Override
    public void close() {
        if (!closed) { // libvosk frees the native recognizer; a second free would crash the JVM
            closed = true;
            recognizer.close();
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("this Vosk recognizer is closed");
        }
    }

    /** Float samples in [-1, 1] to signed 16-bit PCM, clipped; NaN becomes silence. */
    public static short[] toPcm16(float[] samples) {
        short[] out = new short[samples.length];
        for (int i = 0; i < samples.length; i++) {
            float s = samples[i];
            if (Float.isNaN(s)) {
                s = 0;
            }
            out[i] = (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, Math.round(s * 32767f)));
        }
        return out;
    }
}
