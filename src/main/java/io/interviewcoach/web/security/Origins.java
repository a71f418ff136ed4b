package io.interviewcoach.web.security;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Which browser origins may change things or open the live socket: the server's own (the scheme and host the request
 * came to, so a page served over https may not open a plain ws socket) and those in {@code quarkus.http.cors.origins}.
 * A request without an Origin header is not from a page of another site (browsers send it on every cross-origin
 * request and every socket) and is let through; tokens, not cookies, authorise it.
 */
@ApplicationScoped
public class Origins {
    private final Set<String> configured;

    public Origins(@ConfigProperty(name = "quarkus.http.cors.origins") Optional<List<String>> origins) {
        this.configured = origins.orElse(List.of()).stream().map(o -> o.strip().toLowerCase(Locale.ROOT))
                .filter(o -> !o.isEmpty()).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * @param origin the Origin header (null: none)
     * @param scheme the scheme the request came with ({@code http} or {@code https}; a socket's is its page's)
     * @param host the Host header
     */
    public boolean allowed(String origin, String scheme, String host) {
        if (origin == null) {
            return true;
        }
        String o = origin.strip().toLowerCase(Locale.ROOT);
        if (host != null && o.equals(scheme.toLowerCase(Locale.ROOT) + "://" + host.strip().toLowerCase(Locale.ROOT))) {
            return true;
        }
        return configured.contains(o);
    }
}
