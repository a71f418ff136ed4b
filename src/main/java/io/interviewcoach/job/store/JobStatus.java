package io.interviewcoach.job.store;

import java.util.Locale;

/** A job's state as stored (the column's check constraint) and as the API shows it: lowercase. */
public enum JobStatus {
    QUEUED, RUNNING, DONE, FAILED;

    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static JobStatus of(String wire) {
        return valueOf(wire.toUpperCase(Locale.ROOT));
    }
}
