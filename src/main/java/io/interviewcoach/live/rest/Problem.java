package io.interviewcoach.live.rest;

import jakarta.ws.rs.core.Response;

/** RFC 9457 problem details: one clear line for the client, never a stack trace. */
public record Problem(String type, String title, int status, String detail) {
    public static final String MEDIA_TYPE = "application/problem+json";

    /** @param retryAfterSec a Retry-After header in seconds, or null */
    static Response response(int status, String title, String detail, Long retryAfterSec) {
        Response.ResponseBuilder b = Response.status(status).type(MEDIA_TYPE)
                .entity(new Problem("about:blank", title, status, detail));
        if (retryAfterSec != null) {
            b.header("Retry-After", retryAfterSec);
        }
        return b.build();
    }
}
