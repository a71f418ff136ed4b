package io.interviewcoach.web.security;

import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import io.interviewcoach.web.problem.ProblemType;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Runs first on every request: refuses a change (any method but GET, HEAD, OPTIONS) or a live socket from a page of a
 * foreign origin ({@link Origins}) with 403, and puts the security headers on every response (docs/security.md): a
 * Content-Security-Policy fitted to what is served, nosniff, no framing, no referrer, and HSTS when the request
 * came over TLS.
 */
@ApplicationScoped
public class SecurityHeaders {
    /** The practice site and the API: own scripts and styles only; camera playback from blob: URLs; sockets to itself. */
    static final String SITE_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:;"
            + " media-src 'self' blob:; connect-src 'self'; worker-src 'self' blob:; object-src 'none'; base-uri 'self';"
            + " form-action 'self'; frame-ancestors 'none'";
    /** The self-contained HTML report: its one inline style sheet, no script at all. */
    static final String REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none';"
            + " form-action 'none'; frame-ancestors 'none'";
    /** Swagger UI (/q/swagger-ui) starts itself with an inline script. */
    static final String SWAGGER_CSP = "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self'"
            + " 'unsafe-inline'; img-src 'self' data:; object-src 'none'; frame-ancestors 'none'";
    private static final Pattern REPORT_HTML = Pattern.compile("/api/sessions/[^/]+/report\\.html");
    private static final String FORBIDDEN_BODY = "{\"type\":\"" + ProblemType.FOREIGN_ORIGIN.uri() + "\",\"title\":\""
            + ProblemType.FOREIGN_ORIGIN.title() + "\",\"status\":403,\"detail\":\"Requests from this origin are not"
            + " accepted (quarkus.http.cors.origins)\"}";

    @Inject
    Origins origins;

    @Inject
    SecurityConfig config;

    void install(@Observes Router router) {
        String hsts = "max-age=" + config.hstsMaxAge().toSeconds();
        router.route().order(RouteConstants.ROUTE_ORDER_HEADERS).handler(ctx -> handle(ctx, hsts));
    }

    private void handle(RoutingContext ctx, String hsts) {
        HttpServerRequest request = ctx.request();
        ctx.addHeadersEndHandler(v -> headers(ctx.response().headers(), request, hsts));
        if (changes(request) && !origins.allowed(request.getHeader("Origin"), request.scheme(), request.getHeader("Host"))) {
            ctx.response().setStatusCode(403).putHeader("Content-Type", "application/problem+json").end(FORBIDDEN_BODY);
            return;
        }
        ctx.next();
    }

    /** A request that changes something, or opens a socket (a GET, but never a harmless one). */
    private static boolean changes(HttpServerRequest request) {
        HttpMethod m = request.method();
        boolean safe = m == HttpMethod.GET || m == HttpMethod.HEAD || m == HttpMethod.OPTIONS;
        return !safe || "websocket".equalsIgnoreCase(request.getHeader("Upgrade"));
    }

    static void headers(MultiMap h, HttpServerRequest request, String hsts) {
        String path = request.path() == null ? "" : request.path();
        h.set("Content-Security-Policy", REPORT_HTML.matcher(path).matches() ? REPORT_CSP
                : path.startsWith("/q/swagger-ui") ? SWAGGER_CSP : SITE_CSP);
        h.set("X-Content-Type-Options", "nosniff");
        h.set("X-Frame-Options", "DENY");
        h.set("Referrer-Policy", "no-referrer");
        h.set("Cross-Origin-Opener-Policy", "same-origin");
        h.set("Permissions-Policy", "camera=(self), microphone=(self), geolocation=()");
        if ("https".equalsIgnoreCase(request.scheme())) {
            h.set("Strict-Transport-Security", hsts);
        }
    }
}
