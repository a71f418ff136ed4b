package io.interviewcoach.deploy;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The paths the Kubernetes probes, the image's HEALTHCHECK and the HPA rely on, asked of the real server: the health
 * endpoints answer (UP or DOWN, never 404) and /q/metrics exports the live-sessions gauge the HPA scales on.
 */
@QuarkusTest
class ProbePathsTest {
    static final String STARTED = "/q/health/started";
    static final String READY = "/q/health/ready";
    static final String LIVE = "/q/health/live";
    static final String LIVE_SESSIONS_METRIC = "coach_live_sessions_active";

    @Test
    void healthPathsAnswer() {
        for (String path : List.of(STARTED, READY, LIVE)) {
            int status = given().get(path).then().extract().statusCode();
            assertTrue(status == 200 || status == 503, path + " answered " + status);
        }
        given().get(LIVE).then().statusCode(200);
        given().get(STARTED).then().statusCode(200);
    }

    @Test
    void metricsExportTheLiveSessionsGauge() {
        String body = given().get("/q/metrics").then().statusCode(200).extract().asString();
        assertTrue(Pattern.compile("(?m)^" + LIVE_SESSIONS_METRIC + "(\\{[^}]*})? \\d").matcher(body).find(),
                LIVE_SESSIONS_METRIC + " is exported as a gauge sample");
    }

    @Test
    void theImageHealthcheckAsksForReadiness() {
        for (String file : List.of("src/main/docker/Dockerfile.jvm", "Dockerfile.native")) {
            Dockerfile d = Dockerfile.parse(DeployFiles.ROOT.resolve(file));
            assertTrue(d.last().all("HEALTHCHECK").stream().anyMatch(h -> h.args().contains(READY)), file);
        }
    }
}
