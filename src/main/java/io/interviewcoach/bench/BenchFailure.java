package io.interviewcoach.bench;

import io.interviewcoach.cli.ExitCodes;
import io.interviewcoach.inference.ModelLoadException;
import io.interviewcoach.media.MediaException;
import io.interviewcoach.models.ModelMissingException;

/** The exit code of a benchmark that could not run, by the same rules as {@code analyze}. */
final class BenchFailure {
    private BenchFailure() {
    }

    static int exitCode(RuntimeException e) {
        if (e instanceof ModelMissingException || e instanceof ModelLoadException) {
            return ExitCodes.MODEL_MISSING;
        }
        if (e instanceof MediaException) {
            return ExitCodes.BAD_INPUT;
        }
        return ExitCodes.INTERNAL;
    }
}
