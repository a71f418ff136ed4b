package io.interviewcoach.web.site;

import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;

/**
 * The practice site's client-side routes (/check, /practice, /report/ID …) answer with its index.html, so any page
 * can be reloaded or bookmarked. Quinoa's own SPA fallback runs after the REST layer, which answers every unknown
 * path with a 404 problem first; this route runs before both. The API (/api), Quarkus's endpoints (/q) and paths
 * naming a file (a dot in the last segment) are left alone, so they keep their own answers and 404s, and so are
 * paths starting with "@" or "node_modules": in `quarkus:dev` they are Vite's own (/@vite/client, /@id/…).
 */
@ApplicationScoped
public class SiteRoutes {
    static final Pattern CLIENT_ROUTE = Pattern.compile("/(?!(?:api|q|node_modules)(?:/|$)|@)(?:[^/.]+/)*[^/.]+/?");

    void install(@Observes Router router) {
        for (HttpMethod method : new HttpMethod[] {HttpMethod.GET, HttpMethod.HEAD}) {
            router.routeWithRegex(method, CLIENT_ROUTE.pattern()).order(RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT)
                    .handler(ctx -> ctx.reroute("/"));
        }
    }
}
