package io.interviewcoach.web;

import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;

import io.interviewcoach.testsupport.TestAssets;
import io.quarkus.test.junit.QuarkusTestProfile;

/** The server with its limits on (low), one other origin allowed, the test models, no job worker, its own uploads. */
public class HostileInputProfile implements QuarkusTestProfile {
    static final int SESSION_LIMIT = 20;
    static final int UPLOAD_LIMIT = 10;
    static final int SOCKET_LIMIT = 30;
    static final int SIGN_IN_LIMIT = 5;
    static final String ALLOWED_ORIGIN = "https://allowed.example";
    static final Path UPLOAD_DIR = Path.of("target", "hostile-uploads-" + UUID.randomUUID()).toAbsolutePath();

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.ofEntries(Map.entry("quarkus.http.test-port", "0"),
                Map.entry("coach.models.dir", TestAssets.models().dir().toAbsolutePath().toString()),
                Map.entry("coach.live.grace", "3s"),
                Map.entry("coach.limits.enabled", "true"),
                Map.entry("coach.limits.session-create", SESSION_LIMIT + "/1m"),
                Map.entry("coach.limits.upload", UPLOAD_LIMIT + "/1m"),
                Map.entry("coach.limits.socket-message", SOCKET_LIMIT + "/1s"),
                Map.entry("coach.limits.sign-in", SIGN_IN_LIMIT + "/1m"),
                Map.entry("quarkus.http.cors.enabled", "true"),
                Map.entry("quarkus.http.cors.origins", ALLOWED_ORIGIN),
                Map.entry("coach.jobs.enabled", "false"),
                Map.entry("coach.jobs.upload-dir", UPLOAD_DIR.toString()));
    }
}
