package io.interviewcoach.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;

/** Every error of the REST API is problem+json with a stable type, the framework's own errors included. */
@QuarkusTest
class ProblemResponsesTest {
    @Test
    void anUnknownApiPathIsANotFoundProblem() {
        given().get("/api/no-such-thing").then()
                .statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:interview-coach:problem:not-found"))
                .body("status", equalTo(404));
    }

    @Test
    void aWrongMethodIsAMethodNotAllowedProblem() {
        given().put("/api/sessions").then()
                .statusCode(405)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:interview-coach:problem:method-not-allowed"));
    }

    @Test
    void malformedSessionOptionsAreABadRequestProblemWithoutAStackTrace() {
        given().contentType("application/json").body("{\"fps\": ").post("/api/sessions").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:interview-coach:problem:bad-request"))
                .body("detail", not(containsString("at io.")))
                .body("detail", not(containsString("Exception")));
    }

    @Test
    void theOpenApiDocumentNamesTheSessionEndpoints() {
        given().accept("application/json").get("/q/openapi").then()
                .statusCode(200)
                .body(containsString("/api/sessions"));
    }

    /** The document promises problem+json for every error answer of every operation, with the Problem schema. */
    @Test
    void everyErrorResponseInTheOpenApiDocumentIsAProblem() throws Exception {
        JsonNode doc = new ObjectMapper().readTree(given().accept("application/json").get("/q/openapi").asString());
        assertEquals(Set.of("type", "title", "status", "detail"),
                fieldNames(doc.at("/components/schemas/Problem/properties")));
        List<String> errors = new ArrayList<>();
        List<String> notProblems = new ArrayList<>();
        doc.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            JsonNode responses = op.getValue().path("responses");
            responses.fieldNames().forEachRemaining(status -> {
                if (status.startsWith("4") || status.startsWith("5")) {
                    String where = op.getKey().toUpperCase() + " " + path.getKey() + " " + status;
                    errors.add(where);
                    JsonNode schema = responses.get(status).at("/content/application~1problem+json/schema/$ref");
                    if (!schema.asText().endsWith("/Problem")) {
                        notProblems.add(where);
                    }
                }
            });
        }));
        assertTrue(errors.size() > 40, "error responses documented: " + errors.size());
        assertEquals(List.of(), notProblems);
    }

    private static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new HashSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
