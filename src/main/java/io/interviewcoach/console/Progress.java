package io.interviewcoach.console;

/** Hears how a long task is going (a download, an analysis); {@link ProgressBar} draws it on stderr. */
public interface Progress {
    Progress NONE = new Progress() {
        @Override
        public void start(String label, long total) {
        }

        @Override
        public void advance(long doneSoFar) {
        }

        @Override
        public void finish(boolean completed) {
        }
    };

    /** The task begins; {@code total} is in the task's unit, -1 when unknown. */
    void start(String label, long total);

    /** How much is done so far, in the same unit. */
    void advance(long doneSoFar);

    /** The task ended; {@code completed} is false when it failed or stopped early. */
    void finish(boolean completed);
}
