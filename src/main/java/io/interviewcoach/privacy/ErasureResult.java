package io.interviewcoach.privacy;

/**
 * What an erasure removed, per kind: rows of each table, upload files, spooled session ends, and sessions whose live
 * state (Redis keys, or this process's) was there.
 */
public record ErasureResult(int owners, int sessions, long answers, long timelineWindows, long reports, int jobs,
        int uploads, int spoolFiles, int liveStates) {
    public static final ErasureResult NONE = new ErasureResult(0, 0, 0, 0, 0, 0, 0, 0, 0);

    public ErasureResult plus(ErasureResult o) {
        return new ErasureResult(owners + o.owners, sessions + o.sessions, answers + o.answers,
                timelineWindows + o.timelineWindows, reports + o.reports, jobs + o.jobs, uploads + o.uploads,
                spoolFiles + o.spoolFiles, liveStates + o.liveStates);
    }
}
