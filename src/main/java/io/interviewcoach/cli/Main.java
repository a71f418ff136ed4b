package io.interviewcoach.cli;

import java.util.Arrays;
import java.util.Set;

import io.interviewcoach.lifecycle.ProcessSignals;
import io.quarkus.picocli.runtime.PicocliRunner;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Entry point of the single binary. Only `serve` opens the HTTP port (and `serve --help` does not); the
 * other subcommands run without a listener (and without PostgreSQL or Redis) and keep the framework's
 * logging quiet. SIGINT and SIGTERM stop every command in order: see {@link ProcessSignals}.
 */
@QuarkusMain
public class Main {
    private static final Set<String> HELP_OPTIONS = Set.of("-h", "--help", "-V", "--version");

    public static void main(String... args) {
        if (LaunchMode.current() == LaunchMode.NORMAL) { // the binary, not a test calling main in its own JVM
            ProcessSignals.install();
        }
        if (!startsServer(args)) {
            System.setProperty("quarkus.http.host-enabled", "false");
            setIfAbsent("quarkus.log.level", "WARN");
        }
        Quarkus.run(PicocliRunner.class, args);
    }

    static boolean startsServer(String... args) {
        if (args.length == 0 || !args[0].equals("serve")) {
            return false;
        }
        return Arrays.stream(args).noneMatch(a -> HELP_OPTIONS.contains(a));
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}
