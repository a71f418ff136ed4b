package io.interviewcoach.live.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

/** The optional body of POST /api/sessions; a null field keeps the server's setting. Unknown fields are refused. */
public record SessionOptions(Integer fps, String poseModel) {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** @throws IllegalArgumentException with one line saying what is wrong */
    static SessionOptions parse(String body) {
        if (body == null || body.isBlank()) {
            return new SessionOptions(null, null);
        }
        try {
            return MAPPER.readValue(body, SessionOptions.class);
        } catch (UnrecognizedPropertyException e) {
            throw new IllegalArgumentException("unknown session option \"" + e.getPropertyName()
                    + "\" (known: fps, poseModel)", e);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the body is not a JSON object of session options: "
                    + e.getOriginalMessage(), e);
        }
    }
}
