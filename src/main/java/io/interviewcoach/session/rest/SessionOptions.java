package io.interviewcoach.session.rest;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import io.interviewcoach.web.problem.Problem;

/** The optional body of POST /api/sessions; a null field keeps the server's setting. Unknown fields are refused. */
@Schema(name = "SessionOptions")
public record SessionOptions(
        @Schema(description = "video frames per second to analyse (1-30)", nullable = true) Integer fps,
        @Schema(description = "lite or full", nullable = true) String poseModel,
        @Schema(description = "ids of bank questions the client means to ask (GET /api/questions)", nullable = true)
        List<String> questionIds) {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    /** @throws IllegalArgumentException with one line saying what is wrong */
    static SessionOptions parse(String body) {
        if (body == null || body.isBlank()) {
            return new SessionOptions(null, null, null);
        }
        try {
            return MAPPER.readValue(body, SessionOptions.class);
        } catch (UnrecognizedPropertyException e) {
            throw new IllegalArgumentException("unknown session option \"" + e.getPropertyName()
                    + "\" (known: fps, poseModel, questionIds)", e);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the body is not a JSON object of session options: "
                    + Problem.withoutClassNames(e.getOriginalMessage()), e);
        }
    }
}
