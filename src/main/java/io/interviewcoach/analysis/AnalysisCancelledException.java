package io.interviewcoach.analysis;

/** The analysis was stopped before the end (the process is shutting down); there is no report. */
public final class AnalysisCancelledException extends RuntimeException {
    public AnalysisCancelledException(String streamName) {
        super(streamName + " was stopped before the end");
    }
}
