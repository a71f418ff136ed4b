package io.interviewcoach.inference;

/** How many copies of a model to keep loaded: one per core by default, never fewer than one. */
public final class InferencePools {
    private InferencePools() {
    }

    public static int defaultSize() {
        return Math.max(1, Runtime.getRuntime().availableProcessors());
    }
}
