package io.interviewcoach.speech.transcript;

/** A transcript that belongs to another recording: its words run past the end of the media. */
public class TranscriptMismatchException extends RuntimeException {
    public TranscriptMismatchException(String message) {
        super(message);
    }
}
