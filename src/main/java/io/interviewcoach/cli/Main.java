package io.interviewcoach.cli;

import io.quarkus.picocli.runtime.PicocliRunner;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Entry point of the single binary. Only `serve` opens the HTTP port; the other subcommands run without
 * a listener (and without PostgreSQL or Redis) and keep the framework's logging quiet.
 */
@QuarkusMain
public class Main {
    public static void main(String... args) {
        boolean serve = args.length > 0 && args[0].equals("serve");
        if (!serve) {
            System.setProperty("quarkus.http.host-enabled", "false");
            setIfAbsent("quarkus.log.level", "WARN");
        }
        Quarkus.run(PicocliRunner.class, args);
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}
