package io.interviewcoach.web.trace;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.MDC;

import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Gives every HTTP request an id ({@link RequestIds}): in the MDC of everything logged while the request is handled,
 * and echoed in the response's X-Request-Id. Each request runs on its own duplicated Vert.x context, where Quarkus
 * keeps the MDC, so the id follows the request across the event loop, worker threads and reactive continuations;
 * it is removed when the response has been sent.
 */
@ApplicationScoped
public class RequestIdRoute {

    void install(@Observes Router router) {
        router.route().order(RouteConstants.ROUTE_ORDER_HEADERS).handler(RequestIdRoute::handle);
    }

    private static void handle(RoutingContext ctx) {
        String id = RequestIds.from(ctx.request().getHeader(RequestIds.HEADER));
        MDC.put(LogContext.REQUEST_ID, id);
        ctx.response().putHeader(RequestIds.HEADER, id);
        ctx.addEndHandler(done -> MDC.remove(LogContext.REQUEST_ID));
        ctx.next();
    }
}
