package io.interviewcoach.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;

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
}
