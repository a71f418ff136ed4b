package io.interviewcoach.account.service;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.interviewcoach.account.AuthConfig;
import io.interviewcoach.web.problem.ProblemException;
import io.quarkus.elytron.security.common.BcryptUtil;

/** Emails and passwords: what is accepted, and bcrypt hashes (never the password itself). CPU-bound: call off the event loop. */
@ApplicationScoped
public class Passwords {
    /** bcrypt reads only this many bytes; a longer password would be silently cut, so it is refused. */
    static final int MAX_BYTES = 72;
    private static final int MAX_EMAIL = 254;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");

    @Inject
    AuthConfig config;

    private volatile String decoy;

    /** The email as stored (trimmed, lower case); 400 when it is not one. */
    public static String email(String email) {
        String e = normalized(email);
        if (e.length() > MAX_EMAIL || !EMAIL.matcher(e).matches()) {
            throw ProblemException.badRequest("'email' must be an email address");
        }
        return e;
    }

    /** The email as it is stored and looked up (trimmed, lower case), without judging it ("" for none). */
    public static String normalized(String email) {
        return email == null ? "" : email.trim().toLowerCase(Locale.ROOT);
    }

    /** 400 unless the password is long enough and fits bcrypt. */
    public void check(String password) {
        if (password == null || password.codePointCount(0, password.length()) < config.minPasswordLength()) {
            throw ProblemException.badRequest("'password' must have at least " + config.minPasswordLength() + " characters");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw ProblemException.badRequest("'password' must fit in " + MAX_BYTES + " bytes (UTF-8)");
        }
    }

    public String hash(String password) {
        return BcryptUtil.bcryptHash(password, config.bcryptCost());
    }

    /**
     * Whether the password matches the stored hash. A null hash (no such account) is checked against a decoy so that
     * an unknown email costs the same time as a wrong password.
     */
    public boolean matches(String password, String storedHash) {
        if (password == null || password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return false;
        }
        if (storedHash == null) {
            BcryptUtil.matches(password, decoy());
            return false;
        }
        return BcryptUtil.matches(password, storedHash);
    }

    private String decoy() {
        String d = decoy;
        if (d == null) {
            d = hash("decoy password that no account has");
            decoy = d;
        }
        return d;
    }
}
