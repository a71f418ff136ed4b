package io.interviewcoach.job;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

import io.interviewcoach.testsupport.TestAssets;
import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The server with the test models, its own upload folder, a quick poll, and an upload limit just above d9.mp4
 * (2.3 MB) with the HTTP body limit a little above that, so both limits can be crossed in a test.
 */
public class JobsTestProfile implements QuarkusTestProfile {
    static final long MAX_UPLOAD_BYTES = 4L << 20;
    static final long MAX_BODY_BYTES = 6L << 20;
    static final Path UPLOAD_DIR = Path.of("target", "job-uploads-" + UUID.randomUUID()).toAbsolutePath();

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.http.test-port", "0", // other branches' tests run on this machine at the same time
                "coach.models.dir", TestAssets.models().dir().toAbsolutePath().toString(),
                "coach.jobs.upload-dir", UPLOAD_DIR.toString(),
                "coach.jobs.max-upload-bytes", String.valueOf(MAX_UPLOAD_BYTES),
                "quarkus.http.limits.max-body-size", String.valueOf(MAX_BODY_BYTES),
                "coach.jobs.poll-interval", "200ms",
                "coach.jobs.heartbeat", "500ms");
    }

    /** The same, with this process's worker off: the queue is driven by the test alone. */
    public static class WorkerOff extends JobsTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> m = new java.util.HashMap<>(super.getConfigOverrides());
            m.put("coach.jobs.enabled", "false");
            return m;
        }
    }

    /** The same in a server of its own, whose worker a test may stop. */
    public static class OwnServer extends JobsTestProfile {
    }

    static Path d9() {
        Path p = TestAssets.media("d9.mp4");
        if (!Files.isRegularFile(p)) {
            throw new IllegalStateException("missing " + p);
        }
        return p;
    }
}
