package io.interviewcoach.account;

import java.util.HashMap;
import java.util.Map;

import io.interviewcoach.session.SessionsTestProfile;

/**
 * The sessions server with accounts: keys in target/test-keys, one configured administrator, fast bcrypt, room for
 * the sessions the matrix creates, and no job worker (uploaded jobs stay queued: no analysis runs).
 */
public class AccountsTestProfile extends SessionsTestProfile {
    public static final String ADMIN_EMAIL = "matrix-admin@accounts.test";
    public static final String KEY_DIR = "target/test-keys";

    @Override
    public Map<String, String> getConfigOverrides() {
        Map<String, String> config = new HashMap<>(super.getConfigOverrides());
        config.put("coach.live.max-sessions", "16");
        config.put("coach.auth.key-dir", KEY_DIR);
        config.put("coach.auth.admins", ADMIN_EMAIL);
        config.put("coach.auth.bcrypt-cost", "4");
        config.put("coach.jobs.enabled", "false");
        return config;
    }
}
