package io.interviewcoach.models.health;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** The server says it is not ready, and what to run, while models are missing. */
@QuarkusTest
@TestProfile(ServeHealthTest.EmptyModelsDir.class)
class ServeHealthTest {
    public static class EmptyModelsDir implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            try {
                Path empty = Files.createTempDirectory("no-models");
                return Map.of("coach.models.dir", empty.toString());
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @Test
    void livenessIsUpButReadinessNamesTheMissingModels() {
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().when().get("/q/health/ready").then().statusCode(503)
                .body("status", equalTo("DOWN"))
                .body("checks.find { it.name == 'models' }.data.fix", containsString("coach models pull pose-landmark-lite"));
    }
}
