package io.interviewcoach.session;

import java.util.Map;

import io.interviewcoach.testsupport.TestAssets;
import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The server with the test models, a short grace period, and one kept finished report, so a session's report is
 * served from PostgreSQL as soon as a later session finishes.
 */
public class SessionsTestProfile implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("coach.models.dir", TestAssets.models().dir().toAbsolutePath().toString(),
                "coach.live.grace", "3s",
                "coach.live.max-sessions", "4",
                "coach.live.kept-reports", "1");
    }
}
