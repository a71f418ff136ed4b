package io.interviewcoach.web.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The secret token that owns a session or a job: made here, sent by clients as {@code Authorization: Bearer <token>}
 * (the socket may take it as a query parameter), and stored only as its SHA-256 hash. Accounts (a later issue) add
 * their own credentials beside this; the ownership check itself lives in {@link ResourceAccess}.
 */
public final class BearerToken {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int TOKEN_BYTES = 32;
    private static final String PREFIX = "Bearer ";

    private BearerToken() {
    }

    /** A new random token (256 bits, URL-safe base64). */
    public static String generate() {
        byte[] secret = new byte[TOKEN_BYTES];
        RANDOM.nextBytes(secret);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    /** The token of an {@code Authorization} header value, or null when absent or not a bearer token. */
    public static String fromHeader(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
            return null;
        }
        String token = authorization.substring(PREFIX.length()).trim();
        return token.isEmpty() ? null : token;
    }

    /** The stored form of a token: lowercase hex SHA-256. */
    public static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Constant-time comparison of a presented token with a stored hash; false for a null token or hash. */
    public static boolean matches(String storedHash, String token) {
        if (storedHash == null || token == null) {
            return false;
        }
        return MessageDigest.isEqual(storedHash.getBytes(StandardCharsets.US_ASCII),
                hash(token).getBytes(StandardCharsets.US_ASCII));
    }
}
