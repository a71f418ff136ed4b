package io.interviewcoach.web.site;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which paths are the site's client-side routes (index.html) and which keep their own answer. */
class SiteRoutesTest {
    @ParameterizedTest
    @ValueSource(strings = {"/check", "/practice", "/practice/", "/report/4f1c-9a", "/history/2026/12", "/apis", "/quiz"})
    void clientRoutesGetTheSite(String path) {
        assertTrue(SiteRoutes.CLIENT_ROUTE.matcher(path).matches(), path);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/api", "/api/", "/api/sessions", "/api/no-such-thing", "/q", "/q/health/live",
            "/q/swagger-ui/", "/assets/index-D8e4YmT9.js", "/favicon.ico", "/report/x/report.html",
            "/@vite/client", "/@id/__x00__virtual", "/@fs/work/frontend/src/main.ts", "/node_modules/vite/dist/client/env"})
    void apiQuarkusAndFilePathsKeepTheirOwnAnswer(String path) {
        assertFalse(SiteRoutes.CLIENT_ROUTE.matcher(path).matches(), path);
    }
}
