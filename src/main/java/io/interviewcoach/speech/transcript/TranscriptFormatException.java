package io.interviewcoach.speech.transcript;

/** A transcript file that cannot be read; the message names the file and the line. */
public class TranscriptFormatException extends RuntimeException {
    private final int line;

    public TranscriptFormatException(String source, int line, String message) {
        super(source + ":" + line + ": " + message);
        this.line = line;
    }

    public TranscriptFormatException(String source, int line, String message, Throwable cause) {
        super(source + ":" + line + ": " + message, cause);
        this.line = line;
    }

    /** 1-based line of the problem. */
    public int line() {
        return line;
    }
}
