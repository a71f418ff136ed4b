package io.interviewcoach.web.trace;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The id of a REST request: the caller's X-Request-Id when it is a plain token (a proxy's or a client's id, so their
 * logs and ours can be joined), else a new UUID. Anything else a caller sends (long, spaces, control characters,
 * quotes) would forge or break log lines, so it is replaced, never echoed.
 */
public final class RequestIds {
    public static final String HEADER = "X-Request-Id";
    private static final Pattern VALID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    private RequestIds() {
    }

    /** The caller's id when valid, else a generated one. */
    public static String from(String header) {
        return valid(header) ? header : UUID.randomUUID().toString();
    }

    public static boolean valid(String id) {
        return id != null && VALID.matcher(id).matches();
    }
}
