package io.interviewcoach.analysis;

/** Test path to the factory's failing-analyzer hook, for tests outside this package. */
public final class FailingAnalyzers {
    private FailingAnalyzers() {
    }

    /** Sessions of {@code factory} whose analyzer {@code name} (face, posture, voice, speech) throws on every window. */
    public static AnalysisSessionFactory failing(AnalysisSessionFactory factory, String name) {
        return factory.failing(name);
    }
}
