package io.interviewcoach.models;

import java.net.URI;
import java.time.Duration;
import java.util.function.UnaryOperator;

/**
 * How {@link ModelDownloader} reaches the public sources.
 *
 * @param connectTimeout how long to wait for a TCP/TLS connection before calling the host unreachable
 * @param stallTimeout   how long a response may go without a single byte (headers or body) before the
 *                       download is abandoned
 * @param sourceUrls     rewrites each catalog URL before it is fetched: identity for the real sources; a
 *                       company npm mirror or a test server otherwise
 * @param useEnvironmentProxy whether HTTPS_PROXY / HTTP_PROXY / NO_PROXY from the environment apply (Java's
 *                       HTTP client ignores them by itself)
 */
public record DownloadSettings(Duration connectTimeout, Duration stallTimeout, UnaryOperator<URI> sourceUrls,
        boolean useEnvironmentProxy) {
    public static final String NPM_REGISTRY = "https://registry.npmjs.org/";

    public static DownloadSettings defaults() {
        return new DownloadSettings(Duration.ofSeconds(15), Duration.ofSeconds(30), UnaryOperator.identity(), true);
    }

    public DownloadSettings withSourceUrls(UnaryOperator<URI> rewrite) {
        return new DownloadSettings(connectTimeout, stallTimeout, rewrite, useEnvironmentProxy);
    }

    public DownloadSettings withStallTimeout(Duration timeout) {
        return new DownloadSettings(connectTimeout, timeout, sourceUrls, useEnvironmentProxy);
    }

    public DownloadSettings withConnectTimeout(Duration timeout) {
        return new DownloadSettings(timeout, stallTimeout, sourceUrls, useEnvironmentProxy);
    }

    /** Fetches the npm tarballs from another registry (a company mirror such as Artifactory or Verdaccio). */
    public DownloadSettings withNpmRegistry(String registryBaseUrl) {
        String base = registryBaseUrl.endsWith("/") ? registryBaseUrl : registryBaseUrl + "/";
        return withSourceUrls(replacePrefix(NPM_REGISTRY, base));
    }

    /**
     * Sends every URL that starts with {@code fromPrefix} to {@code toPrefix} instead, e.g.
     * {@code replacePrefix("https://registry.npmjs.org/", "https://npm.example.com/")}; others pass unchanged.
     */
    public static UnaryOperator<URI> replacePrefix(String fromPrefix, String toPrefix) {
        return uri -> {
            String s = uri.toString();
            return s.startsWith(fromPrefix) ? URI.create(toPrefix + s.substring(fromPrefix.length())) : uri;
        };
    }
}
