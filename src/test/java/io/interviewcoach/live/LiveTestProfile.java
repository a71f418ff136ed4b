package io.interviewcoach.live;

import java.util.Map;

import io.interviewcoach.testsupport.TestAssets;
import io.quarkus.test.junit.QuarkusTestProfile;

/** The server with the test models installed, a short grace period and a small session cap. */
public class LiveTestProfile implements QuarkusTestProfile {
    static final int GRACE_SEC = 3;
    static final int MAX_SESSIONS = 2;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("coach.models.dir", TestAssets.models().dir().toAbsolutePath().toString(),
                "coach.live.grace", GRACE_SEC + "s",
                "coach.live.max-sessions", String.valueOf(MAX_SESSIONS));
    }
}
