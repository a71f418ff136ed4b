package io.interviewcoach.speech.recognition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.interviewcoach.media.AudioChunk;
import io.interviewcoach.speech.Word;

/**
 * VoskRecognizer's streaming logic against a decoder that answers with recorded Vosk JSON: PCM pieces, results
 * collected when an utterance ends, partials, the final flush, and recognizer time mapped to media time.
 */
class VoskRecognizerStreamingTest {

    /** Answers like libvosk: an utterance ends once {@code endAfterSec} of audio has been fed. */
    static final class RecordedDecoder implements DecoderSession {
        final List<Integer> pieceLengths = new ArrayList<>();
        final List<Short> firstSamples = new ArrayList<>();
        long fed;
        boolean ended;
        boolean closed;

        @Override
        public boolean accept(short[] pcm, int length) {
            pieceLengths.add(length);
            firstSamples.add(pcm[0]);
            fed += length;
            if (!ended && fed >= 2.25 * 16_000) {
                ended = true;
                return true;
            }
            return false;
        }

        @Override
        public String result() {
            return """
                    {
                      "result" : [{"conf" : 1.000000, "end" : 1.020000, "start" : 0.600000, "word" : "hello"},
                                  {"conf" : 0.912000, "end" : 1.500000, "start" : 1.100000, "word" : "world"}],
                      "text" : "hello world"
                    }""";
        }

        @Override
        public String partialResult() {
            return ended
                    ? "{\"partial\" : \"again\", \"partial_result\" : [{\"conf\":1.0,\"end\":2.6,\"start\":2.3,\"word\":\"again\"}]}"
                    : "{\"partial\" : \"hello\", \"partial_result\" : [{\"conf\":1.0,\"end\":1.02,\"start\":0.6,\"word\":\"hello\"}]}";
        }

        @Override
        public String finalResult() {
            return "{\"result\" : [{\"conf\":0.8,\"end\":2.6,\"start\":2.3,\"word\":\"again\"}], \"text\" : \"again\"}";
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    private static AudioChunk chunk(double start, float value) {
        float[] samples = new float[16_000];
        Arrays.fill(samples, value);
        return new AudioChunk(start, samples);
    }

    @Test
    void streamsPcmPiecesAndMapsTimesToTheMedia() {
        RecordedDecoder decoder = new RecordedDecoder();
        VoskRecognizer recognizer = new VoskRecognizer(decoder, 0.25);

        // the stream starts 5 s into the media
        SpeechRecognizer.Update first = recognizer.accept(chunk(5.0, 0.5f));
        assertEquals(List.of(4000, 4000, 4000, 4000), decoder.pieceLengths);
        assertEquals((short) 16384, decoder.firstSamples.get(0));
        assertEquals(List.of(), first.finished());
        assertEquals("hello", first.partialText());
        assertEquals(5.6, first.partialWords().get(0).start(), 1e-9);

        SpeechRecognizer.Update second = recognizer.accept(chunk(6.0, -0.25f));
        assertEquals(List.of(), second.finished());

        // one second of audio is missing: the next chunk starts at 8.0 s, not 7.0 s
        SpeechRecognizer.Update third = recognizer.accept(chunk(8.0, 0f));
        assertEquals(2, third.finished().size());
        Word hello = third.finished().get(0);
        Word world = third.finished().get(1);
        assertEquals("hello", hello.word());
        assertEquals(5.6, hello.start(), 1e-9);
        assertEquals(6.02, hello.end(), 1e-9);
        assertEquals(6.1, world.start(), 1e-9);
        assertEquals(0.912, world.conf(), 1e-9);
        // "again" was decoded 2.3 s into the fed audio = 0.3 s into the chunk that starts at 8.0 s
        assertEquals(8.3, third.partialWords().get(0).start(), 1e-9);

        List<Word> last = recognizer.finish();
        assertEquals(1, last.size());
        assertEquals(8.3, last.get(0).start(), 1e-9);
        assertEquals(8.6, last.get(0).end(), 1e-9);

        recognizer.close();
        recognizer.close();
        assertTrue(decoder.closed);
        assertThrows(IllegalStateException.class, () -> recognizer.accept(chunk(9.0, 0f)));
    }

    @Test
    void emptyChunksAreSkipped() {
        RecordedDecoder decoder = new RecordedDecoder();
        VoskRecognizer recognizer = new VoskRecognizer(decoder, 0.25);
        assertEquals(List.of(), recognizer.accept(new AudioChunk(0, new float[0])).finished());
        assertEquals(List.of(), decoder.pieceLengths);
    }
}
