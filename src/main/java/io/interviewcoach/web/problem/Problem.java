package io.interviewcoach.web.problem;

import jakarta.ws.rs.core.Response;

/** RFC 9457 problem details: one clear line for the client, never a stack trace (schema: ProblemResponsesFilter). */
public record Problem(String type, String title, int status, String detail) {
    public static final String MEDIA_TYPE = "application/problem+json";

    private static final java.util.regex.Pattern QUALIFIED = java.util.regex.Pattern.compile(
            "\\b(?:[a-z_$][\\w$]*\\.)+([A-Z][\\w$]*)");

    /**
     * A library's message (Jackson's: "Cannot deserialize value of type `java.lang.Integer`…") with its Java class
     * names cut to their simple names, so no internals reach a client.
     */
    public static String withoutClassNames(String message) {
        return message == null ? null : QUALIFIED.matcher(message).replaceAll("$1");
    }

    public static Response response(ProblemType type, String detail) {
        return response(type, detail, null);
    }

    /** @param retryAfterSec a Retry-After header in seconds, or null */
    public static Response response(ProblemType type, String detail, Long retryAfterSec) {
        Response.ResponseBuilder b = Response.status(type.status()).type(MEDIA_TYPE)
                .entity(new Problem(type.uri(), type.title(), type.status(), detail));
        if (retryAfterSec != null) {
            b.header("Retry-After", retryAfterSec);
        }
        return b.build();
    }
}
