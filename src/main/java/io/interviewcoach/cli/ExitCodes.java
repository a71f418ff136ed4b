package io.interviewcoach.cli;

/** Process exit codes of the CLI (documented in README.md). */
public final class ExitCodes {
    public static final int OK = 0;
    /** An unexpected internal error (the message says what failed); for {@code models pull}: no model could be installed. */
    public static final int INTERNAL = 1;
    /**
     * Wrong arguments or options, including an output that would overwrite the input or another output, and a file
     * name the locale cannot represent.
     */
    public static final int USAGE = 2;
    /** The input file cannot be used: missing, unreadable, not media, or lacking the needed stream. */
    public static final int BAD_INPUT = 3;
    /**
     * A model the command needs is not installed, or its bytes no longer match the sha256 it was installed with (the
     * message names the {@code models pull} command that installs it again).
     */
    public static final int MODEL_MISSING = 4;
    /** An output file cannot be written: it is a folder, its folder is not writable, or writing it failed. */
    public static final int OUTPUT_FAILED = 5;
    /** {@code models pull}: some models were installed, others could not be fetched (each is named in one line). */
    public static final int PARTIAL = 6;
    /**
     * Stopped by SIGINT (Ctrl+C); the JVM itself exits with 128 + the signal number: 130 for SIGINT,
     * 143 for SIGTERM.
     */
    public static final int INTERRUPTED = 130;

    private ExitCodes() {
    }
}
