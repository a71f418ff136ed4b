package io.interviewcoach.cli;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import io.interviewcoach.lifecycle.ProcessSignals;
import io.interviewcoach.storage.DatabaseDefault;
import io.quarkus.picocli.runtime.PicocliRunner;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Entry point of the single binary. Only `serve`, and `bench live` and `bench api` without --url, open the HTTP port
 * (none does with --help); those reach PostgreSQL (an embedded one when none is configured: {@link DatabaseDefault}),
 * and so does `bench api --url` when a database is configured (it seeds the server's reports there).
 * The other subcommands run without a listener (and without PostgreSQL or Redis) and keep the framework's logging
 * quiet. SIGINT and SIGTERM stop every command in order: see {@link ProcessSignals}.
 */
@QuarkusMain
public class Main {
    private static final Set<String> HELP_OPTIONS = Set.of("-h", "--help", "-V", "--version");

    public static void main(String... args) {
        if (LaunchMode.current() == LaunchMode.NORMAL) { // the binary, not a test calling main in its own JVM
            ProcessSignals.install();
        }
        if (benchInProcess(args)) {
            runWithInProcessServer(args);
            return;
        }
        if (benchApi(args) && DatabaseDefault.configured()) { // with --url: the server's database, no listener here
            System.setProperty("quarkus.http.host-enabled", "false");
            setIfAbsent("quarkus.log.level", "WARN");
            DatabaseDefault.properties().forEach(Main::setIfAbsent);
        } else if (!startsServer(args)) {
            System.setProperty("quarkus.http.host-enabled", "false");
            setIfAbsent("quarkus.log.level", "WARN");
            // No database for the offline commands: without a URL the persistence unit would refuse to start.
            System.setProperty("quarkus.hibernate-orm.active", "false");
            System.setProperty("quarkus.datasource.active", "false");
        } else {
            DatabaseDefault.properties().forEach(Main::setIfAbsent);
        }
        Quarkus.run(PicocliRunner.class, args);
    }

    static boolean startsServer(String... args) {
        if (args.length == 0 || !args[0].equals("serve")) {
            return benchInProcess(args);
        }
        return Arrays.stream(args).noneMatch(a -> HELP_OPTIONS.contains(a));
    }

    /** `bench live` and `bench api` without --url load a server in this process. */
    static boolean benchInProcess(String... args) {
        return args.length >= 2 && args[0].equals("bench") && (args[1].equals("live") || args[1].equals("api"))
                && Arrays.stream(args).noneMatch(a -> HELP_OPTIONS.contains(a) || a.equals("--url") || a.startsWith("--url="));
    }

    /** `bench api` seeds the database even when it targets another server (--url). */
    private static boolean benchApi(String... args) {
        return args.length >= 2 && args[0].equals("bench") && args[1].equals("api")
                && Arrays.stream(args).noneMatch(HELP_OPTIONS::contains);
    }

    /**
     * The listener on a free port of its own (so a running `serve` is not in the way), the live service analysing at
     * the benchmarked frame rate, no job worker, and the framework's logging quiet; the properties are put back
     * afterwards for a test that runs several commands in one JVM.
     */
    private static void runWithInProcessServer(String... args) {
        Map<String, String> settings = new LinkedHashMap<>();
        String fps = optionValue("--fps", args);
        if (fps != null && fps.matches("[1-9][0-9]?")) {
            settings.put("coach.live.fps", System.getProperty("coach.live.fps", fps));
            if (Integer.parseInt(fps) < 2) {
                settings.put("coach.live.min-fps", System.getProperty("coach.live.min-fps", fps));
            }
        }
        settings.put("quarkus.http.host-enabled", "true");
        settings.put("quarkus.http.port", System.getProperty("quarkus.http.port", "0"));
        settings.put("quarkus.http.test-port", System.getProperty("quarkus.http.test-port", "0"));
        settings.put("quarkus.log.level", System.getProperty("quarkus.log.level", "WARN"));
        settings.put("coach.jobs.enabled", "false"); // queued uploads must not compete with the benchmark for the cores
        // the benchmark's own sessions are not worth draining on Ctrl+C (docs/live-state.md, "Draining")
        settings.put("coach.shutdown.session-drain-timeout",
                System.getProperty("coach.shutdown.session-drain-timeout", "0s"));
        DatabaseDefault.properties().forEach((k, v) -> settings.put(k, System.getProperty(k, v)));
        Map<String, String> before = new LinkedHashMap<>();
        settings.forEach((k, v) -> before.put(k, System.setProperty(k, v)));
        try {
            Quarkus.run(PicocliRunner.class, args);
        } finally {
            before.forEach((k, v) -> {
                if (v == null) {
                    System.clearProperty(k);
                } else {
                    System.setProperty(k, v);
                }
            });
        }
    }

    private static String optionValue(String option, String... args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals(option) && i + 1 < args.length) {
                return args[i + 1];
            }
            if (args[i].startsWith(option + "=")) {
                return args[i].substring(option.length() + 1);
            }
        }
        return null;
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}
