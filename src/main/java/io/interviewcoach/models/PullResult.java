package io.interviewcoach.models;

import java.nio.file.Path;

/** What became of one model in a pull: its installed path, or the one-line reason it failed. */
public record PullResult(ModelSpec spec, Path installed, ModelInstallException failure) {
    public static PullResult installed(ModelSpec spec, Path path) {
        return new PullResult(spec, path, null);
    }

    public static PullResult failed(ModelSpec spec, ModelInstallException failure) {
        return new PullResult(spec, null, failure);
    }

    public boolean ok() {
        return failure == null;
    }
}
