package io.interviewcoach.models;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The proxy settings shell tools use (HTTPS_PROXY, HTTP_PROXY, NO_PROXY, upper or lower case), which
 * Java's HTTP client does not read by itself. Loopback hosts never go through the proxy.
 */
final class EnvironmentProxySelector extends ProxySelector {
    private final Optional<Proxy> https;
    private final Optional<Proxy> http;
    private final List<String> noProxy;

    private EnvironmentProxySelector(Optional<Proxy> https, Optional<Proxy> http, List<String> noProxy) {
        this.https = https;
        this.http = http;
        this.noProxy = noProxy;
    }

    /** A selector for the given environment, or empty when it names no proxy. */
    static Optional<ProxySelector> from(Map<String, String> env) {
        Optional<Proxy> https = proxy(env, "https_proxy");
        Optional<Proxy> http = proxy(env, "http_proxy");
        if (https.isEmpty() && http.isEmpty()) {
            return Optional.empty();
        }
        String no = value(env, "no_proxy").orElse("");
        List<String> noProxy = Arrays.stream(no.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .map(s -> s.toLowerCase(Locale.ROOT)).toList();
        return Optional.of(new EnvironmentProxySelector(https, http, noProxy));
    }

    @Override
    public List<Proxy> select(URI uri) {
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        if (isLoopback(host) || noProxy.stream().anyMatch(n -> matches(host, n))) {
            return List.of(Proxy.NO_PROXY);
        }
        Optional<Proxy> p = "https".equalsIgnoreCase(uri.getScheme()) ? https.or(() -> http) : http;
        return List.of(p.orElse(Proxy.NO_PROXY));
    }

    @Override
    public void connectFailed(URI uri, SocketAddress sa, IOException ioe) {
        // nothing to fall back to; the download reports the failure
    }

    private static boolean isLoopback(String host) {
        return host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]") || host.equals("::1");
    }

    private static boolean matches(String host, String rule) {
        if (rule.equals("*")) {
            return true;
        }
        String suffix = rule.startsWith(".") ? rule.substring(1) : rule;
        return host.equals(suffix) || host.endsWith("." + suffix);
    }

    private static Optional<Proxy> proxy(Map<String, String> env, String name) {
        return value(env, name).map(v -> {
            URI u = URI.create(v.contains("://") ? v : "http://" + v);
            int port = u.getPort() > 0 ? u.getPort() : 80;
            return new Proxy(Proxy.Type.HTTP, InetSocketAddress.createUnresolved(u.getHost(), port));
        });
    }

    private static Optional<String> value(Map<String, String> env, String lowerName) {
        String v = env.get(lowerName);
        if (v == null || v.isBlank()) {
            v = env.get(lowerName.toUpperCase(Locale.ROOT));
        }
        return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.trim());
    }
}
