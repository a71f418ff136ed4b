package io.interviewcoach.account;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The `coach.auth.*` section: accounts and their tokens (docs/adr/0013-accounts.md, docs/security.md). */
@ConfigMapping(prefix = "coach.auth")
public interface AuthConfig {
    /** How long an access token (a JWT sent as `Authorization: Bearer`) is accepted. */
    @WithDefault("15m")
    Duration accessTokenTtl();

    /** How long a refresh token may be exchanged for a new pair; each exchange rotates it. */
    @WithDefault("30d")
    Duration refreshTokenTtl();

    /** The `iss` of the access tokens; tokens of another issuer are refused. */
    @WithDefault("interview-coach")
    String issuer();

    /**
     * The PEM (PKCS#8) RSA private key that signs access tokens. Every replica of a cluster must use the same pair;
     * set both key files then. Unset: a pair is generated at first start in key-dir and kept there.
     */
    Optional<Path> privateKeyFile();

    /** The PEM (X.509 SubjectPublicKeyInfo) RSA public key that verifies access tokens; goes with private-key-file. */
    Optional<Path> publicKeyFile();

    /**
     * Where a generated key pair is kept when no key files are set. Default: $XDG_DATA_HOME/interview-coach/keys, else
     * ~/.local/share/interview-coach/keys.
     */
    Optional<Path> keyDir();

    /** Shortest accepted password, in characters. (bcrypt reads at most 72 bytes: longer ones are refused.) */
    @WithDefault("10")
    int minPasswordLength();

    /** bcrypt cost (log2 of the rounds) of new password hashes. */
    @WithDefault("11")
    int bcryptCost();

    /** Whether sign-up may ask for the coach role (a coach only reads what a candidate shares with them). */
    @WithDefault("true")
    boolean coachSignUp();

    /**
     * Emails of the accounts that are administrators: such an account, once signed up, becomes admin at its next
     * sign-in. Admin is never granted through the API.
     */
    Optional<List<String>> admins();
}
