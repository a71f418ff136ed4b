package io.interviewcoach.job.service;

import java.util.UUID;

import io.interviewcoach.pipeline.RunningStream;

/** A job this process is analysing: its progress for the heartbeat, and its stream to cancel when the job is lost. */
final class RunningJob {
    private final UUID id;
    private volatile RunningStream stream;
    private volatile double progress;
    private volatile boolean lost;

    RunningJob(UUID id) {
        this.id = id;
    }

    UUID id() {
        return id;
    }

    double progress() {
        return progress;
    }

    void progress(double percent) {
        progress = Math.max(0, Math.min(100, percent));
    }

    void attach(RunningStream s) {
        stream = s;
        if (lost) {
            s.cancel();
        }
    }

    /** The job was deleted or another worker took it over: stop analysing, change nothing in its row. */
    void lose() {
        lost = true;
        cancel();
    }

    boolean lost() {
        return lost;
    }

    void cancel() {
        RunningStream s = stream;
        if (s != null) {
            s.cancel();
        }
    }
}
