package io.interviewcoach.speech.recognition;

import java.util.List;

import io.interviewcoach.media.AudioChunk;
import io.interviewcoach.speech.Word;

/**
 * Streaming speech-to-text for one stream: audio goes in chunk by chunk in time order; words come out with
 * timings in media seconds. One instance per stream, not thread-safe.
 */
public interface SpeechRecognizer extends AutoCloseable {

    /** What the recognizer knows after a chunk: words of utterances that just ended, and the utterance in progress. */
    record Update(List<Word> finished, List<Word> partialWords, String partialText) {
        public Update {
            finished = List.copyOf(finished);
            partialWords = List.copyOf(partialWords);
        }
    }

    Update accept(AudioChunk chunk);

    /** Flushes the last utterance and returns its words. */
    List<Word> finish();

    /** The name that goes into {@code Transcript.source}. */
    String source();

    @Override
    void close();
}
