package io.interviewcoach.speech.recognition;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.interviewcoach.config.SettingsOverrides;
import io.interviewcoach.media.AudioChunk;
import io.interviewcoach.speech.SpeechSettings;

/**
 * {@code coach.speech.recognizer-chunk-sec} reaches the recognizer: the decoder is fed pieces of the configured
 * length, not the default's (the model itself no longer carries a chunk length; each recognizer gets the
 * analysis' setting).
 */
class RecognizerChunkSettingTest {

    @Test
    void configuredChunkLengthIsFedToTheDecoder() {
        SpeechSettings configured = SettingsOverrides.apply("speech", SpeechSettings.defaults(),
                Map.of("recognizer-chunk-sec", "0.5"));
        assertEquals(List.of(8000, 8000, 3200), piecesFor(configured.recognizerChunkSec()));
        assertEquals(List.of(4000, 4000, 4000, 4000, 3200), piecesFor(SpeechSettings.defaults().recognizerChunkSec()));
    }

    private static List<Integer> piecesFor(double chunkSec) {
        VoskRecognizerStreamingTest.RecordedDecoder decoder = new VoskRecognizerStreamingTest.RecordedDecoder();
        try (VoskRecognizer recognizer = new VoskRecognizer(decoder, chunkSec)) {
            recognizer.accept(new AudioChunk(0, new float[19_200])); // 1.2 s at 16 kHz
        }
        return decoder.pieceLengths;
    }
}
