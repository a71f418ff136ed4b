package io.interviewcoach.deploy;

import static io.interviewcoach.deploy.DeployFiles.list;
import static io.interviewcoach.deploy.DeployFiles.map;
import static io.interviewcoach.deploy.DeployFiles.str;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The Ingress as ingress-nginx would route: the live socket of docs/protocol.md hashed on its session id (every
 * connection of a session to one pod), everything else balanced freely, uploads and socket messages within the
 * app's own limits.
 */
class IngressRoutingTest {
    private static final String HASH_BY = "nginx.ingress.kubernetes.io/upstream-hash-by";

    /** The socket path template of docs/protocol.md, e.g. /api/sessions/{id}/live. */
    static String socketPathTemplate() {
        Matcher m = Pattern.compile("`wss?://HOST(/[^`?]*\\{id}[^`?]*)").matcher(DeployFiles.read(DeployFiles.ROOT.resolve("docs/protocol.md")));
        assertTrue(m.find(), "docs/protocol.md names the socket path");
        return m.group(1);
    }

    record Route(Map<String, Object> ingress, String path, boolean regex, String service) {
        boolean matches(String uri) {
            return regex ? Pattern.compile("^" + path, Pattern.CASE_INSENSITIVE).matcher(uri).lookingAt() && fullSegment(uri)
                    : uri.startsWith(path);
        }

        private boolean fullSegment(String uri) {
            Matcher m = Pattern.compile("^" + path, Pattern.CASE_INSENSITIVE).matcher(uri);
            return m.lookingAt() && (m.end() == uri.length() || uri.charAt(m.end()) == '/' || uri.charAt(m.end()) == '?');
        }

        Map<String, Object> annotations() {
            return map(ingress, "metadata", "annotations");
        }
    }

    static List<Route> routes(List<Map<String, Object>> docs) {
        return DeployFiles.ofKind(docs, "Ingress").stream().flatMap(ing -> {
            boolean regex = "true".equals(str(ing, "metadata", "annotations", "nginx.ingress.kubernetes.io/use-regex"));
            return list(ing, "spec", "rules").stream().flatMap(rule -> list(rule, "http", "paths").stream()
                    .map(p -> new Route(ing, str(p, "path"), regex, str(p, "backend", "service", "name"))));
        }).toList();
    }

    /** ingress-nginx picks the longest matching path; enough for the paths these manifests have. */
    static Route routeOf(List<Route> routes, String uri) {
        return routes.stream().filter(r -> r.matches(uri)).max((a, b) -> Integer.compare(a.path().length(), b.path().length()))
                .orElseThrow(() -> new AssertionError("no Ingress path routes " + uri));
    }

    @ParameterizedTest
    @ValueSource(strings = {"cpu", "gpu"})
    void theLiveSocketIsHashedOnItsSessionId(String overlay) {
        List<Route> routes = routes(DeployFiles.render(overlay));
        String template = socketPathTemplate();
        String a = template.replace("{id}", UUID.randomUUID().toString());
        String b = template.replace("{id}", UUID.randomUUID().toString());
        Route live = routeOf(routes, a);
        assertEquals(live, routeOf(routes, b));
        assertEquals(live, routeOf(routes, a + "?token=abc"));
        // $uri is the path without the query: the same for every connection of one session (any token, any
        // reconnection), different between sessions, since the session id is the path's only varying part.
        assertEquals("$uri", str(live.annotations(), HASH_BY), "hash on the socket path");
        assertEquals(1, template.split("\\{id}", -1).length - 1);
        // a draining pod answers 503 to the upgrade of a session it does not run: the next pod of the ring takes it
        assertTrue(str(live.annotations(), "nginx.ingress.kubernetes.io/proxy-next-upstream").contains("http_503"),
                "a socket refused by a draining pod goes to the next one");

        String session = UUID.randomUUID().toString();
        for (String other : List.of("/", "/api/sessions", "/api/sessions/" + session, "/api/sessions/" + session + "/report",
                "/api/analyses", "/q/health/ready")) {
            Route r = routeOf(routes, other);
            assertNotEquals(live, r, other + " is not hashed with the socket");
            assertFalse(r.annotations().containsKey(HASH_BY), other + " is balanced freely");
            assertNotEquals(live.service(), r.service(), "separate Services, separate ingress-nginx upstreams");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"cpu", "gpu"})
    void socketTimeoutsAndMessageSize(String overlay) {
        List<Route> routes = routes(DeployFiles.render(overlay));
        Route live = routeOf(routes, socketPathTemplate().replace("{id}", UUID.randomUUID().toString()));
        for (String t : List.of("proxy-read-timeout", "proxy-send-timeout")) {
            int sec = Integer.parseInt(str(live.annotations(), "nginx.ingress.kubernetes.io/" + t));
            assertTrue(sec >= 3600, t + " keeps a quiet socket open through a practice: " + sec);
        }
        long message = Long.parseLong(DeployFiles.appSetting("quarkus", "websockets-next", "server", "max-message-size"));
        assertTrue(DeployFiles.bytes(str(live.annotations(), "nginx.ingress.kubernetes.io/proxy-body-size")) >= message);
    }

    @ParameterizedTest
    @ValueSource(strings = {"cpu", "gpu"})
    void uploadsFitTheAppsBodyLimitAndStream(String overlay) {
        Route upload = routeOf(routes(DeployFiles.render(overlay)), "/api/analyses");
        long appLimit = DeployFiles.bytes(DeployFiles.appSetting("quarkus", "http", "limits", "max-body-size"));
        assertTrue(DeployFiles.bytes(str(upload.annotations(), "nginx.ingress.kubernetes.io/proxy-body-size")) >= appLimit,
                "the Ingress lets through what the app accepts (" + appLimit + " bytes)");
        assertEquals("off", str(upload.annotations(), "nginx.ingress.kubernetes.io/proxy-request-buffering"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"cpu", "gpu"})
    void tlsEndsAtEveryIngress(String overlay) {
        for (Map<String, Object> ing : DeployFiles.ofKind(DeployFiles.render(overlay), "Ingress")) {
            assertEquals("nginx", str(ing, "spec", "ingressClassName"));
            List<Object> tls = list(ing, "spec", "tls");
            assertFalse(tls.isEmpty(), str(ing, "metadata", "name"));
            for (Object rule : list(ing, "spec", "rules")) {
                assertTrue(tls.stream().anyMatch(t -> list(t, "hosts").contains(str(rule, "host"))), "host has TLS");
            }
        }
    }
}
