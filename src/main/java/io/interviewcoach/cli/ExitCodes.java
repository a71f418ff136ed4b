package io.interviewcoach.cli;

/** Process exit codes of the CLI (documented in README.md). */
public final class ExitCodes {
    public static final int OK = 0;
    /** An unexpected internal error; the message says what failed. */
    public static final int INTERNAL = 1;
    /** Wrong arguments or options. */
    public static final int USAGE = 2;
    /** The input file cannot be used: missing, unreadable, not media, or lacking the needed stream. */
    public static final int BAD_INPUT = 3;
    /** A model the command needs is not installed (the message names the command that fetches it). */
    public static final int MODEL_MISSING = 4;
    /** An output file cannot be written. */
    public static final int OUTPUT_FAILED = 5;
    /**
     * Stopped by SIGINT (Ctrl+C); the JVM itself exits with 128 + the signal number: 130 for SIGINT,
     * 143 for SIGTERM.
     */
    public static final int INTERRUPTED = 130;

    private ExitCodes() {
    }
}
