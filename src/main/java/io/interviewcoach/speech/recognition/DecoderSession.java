package io.interviewcoach.speech.recognition;

import org.vosk.Recognizer;

/**
 * The calls {@link VoskRecognizer} makes on a Vosk recognizer, kept apart so the streaming logic (PCM pieces,
 * result collection, time mapping) is testable on recorded Vosk JSON without a model.
 */
interface DecoderSession extends AutoCloseable {
    /** Feeds 16-bit PCM; true when an utterance ended (then {@link #result()} holds it). */
    boolean accept(short[] pcm, int length);

    String result();

    String partialResult();

    String finalResult();

    @Override
    void close();

    static DecoderSession of(Recognizer r) {
        return new DecoderSession() {
            @Override
            public boolean accept(short[] pcm, int length) {
                return r.acceptWaveForm(pcm, length);
            }

            @Override
            public String result() {
                return r.getResult();
            }

            @Override
            public String partialResult() {
                return r.getPartialResult();
            }

            @Override
            public String finalResult() {
                return r.getFinalResult();
            }

            @Override
            public void close() {
                r.close();
            }
        };
    }
}
