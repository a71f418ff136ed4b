package io.interviewcoach.observability;

import java.util.Map;

import io.interviewcoach.testsupport.TestAssets;
import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The server with the test models and its log also written as JSON lines to {@link #LOG_FILE}, the formatter a
 * deployment gets with QUARKUS_LOG_CONSOLE_JSON_ENABLED=true (same extension, same fields).
 */
public class ObservabilityTestProfile implements QuarkusTestProfile {
    static final String LOG_FILE = "target/observability/server-log.json";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("coach.models.dir", TestAssets.models().dir().toAbsolutePath().toString(),
                "quarkus.log.file.enabled", "true",
                "quarkus.log.file.path", LOG_FILE,
                "quarkus.log.file.json.enabled", "true",
                "quarkus.log.file.rotation.rotate-on-boot", "false");
    }
}
