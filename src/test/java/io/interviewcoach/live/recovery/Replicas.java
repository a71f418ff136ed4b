package io.interviewcoach.live.recovery;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import io.interviewcoach.testsupport.PackagedBinary;
import io.vertx.core.Vertx;
import io.vertx.pgclient.PgBuilder;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.Pool;
import io.interviewcoach.testsupport.RedisCommand;
import io.interviewcoach.testsupport.TestAssets;

/**
 * The `coach serve` processes of a multi-replica test, by index, on fixed ports, sharing uploads, PostgreSQL and Redis:
 * a database and a Redis logical database of their own on the machine's servers, emptied when the test starts, so
 * that other test runs on the machine (their queued upload jobs, their orphaned sessions) stay out of it.
 */
final class Replicas {
    static final String DATABASE = "coach_replicas_it";
    static final int REDIS_DB = 7;

    private final Path dir;
    private final int[] ports;
    private final PackagedBinary.Child[] children;
    private final HttpClient http = HttpClient.newHttpClient();

    Replicas(Path dir, int[] ports) {
        this.dir = dir;
        this.ports = ports;
        this.children = new PackagedBinary.Child[ports.length];
    }

    void start(int i) throws IOException {
        Path work = Files.createDirectories(dir.resolve("server-" + i + "-" + System.nanoTime()));
        List<String> options = new ArrayList<>(List.of("-Dquarkus.http.port=" + ports[i],
                "-Dcoach.models.dir=" + TestAssets.models().dir().toAbsolutePath(),
                "-Dquarkus.redis.hosts=redis://127.0.0.1:6379/" + REDIS_DB,
                "-Dquarkus.datasource.reactive.url=postgresql://127.0.0.1:5432/" + DATABASE,
                "-Dquarkus.datasource.username=postgres",
                "-Dcoach.live.node-timeout=3s", "-Dcoach.live.recovery-sweep=1s",
                "-Dcoach.jobs.lease=3s", "-Dcoach.jobs.heartbeat=1s", "-Dcoach.jobs.poll-interval=1s",
                "-Dcoach.jobs.upload-dir=" + dir.resolve("uploads"),
                "-Dcoach.shutdown.session-drain-timeout=" + 4 + "s",
                "-Dcoach.limits.enabled=false",
                // upload jobs only (live sessions have coach.live.fps): long enough to be killed mid-analysis
                "-Dcoach.analysis.fps=20"));
        children[i] = PackagedBinary.start(work, options, "serve");
    }

    /** A command to the servers' Redis database. */
    static String redis(String... command) throws IOException {
        return RedisCommand.runIn(REDIS_DB, command);
    }

    /** The servers' database and Redis, made if missing and emptied of what an earlier run left. */
    static void resetStores() throws Exception {
        redis("FLUSHDB");
        Vertx vertx = Vertx.vertx();
        try {
            Pool admin = pool(vertx, "test");
            try {
                admin.query("CREATE DATABASE " + DATABASE).execute().toCompletionStage().toCompletableFuture()
                        .get(30, TimeUnit.SECONDS);
            } catch (ExecutionException e) {
                if (!e.getCause().getMessage().contains("already exists")) {
                    throw e;
                }
            } finally {
                admin.close();
            }
            Pool own = pool(vertx, DATABASE);
            try {
                // the tables exist once a server has migrated the database; nothing to empty before that
                own.query("DO $$ BEGIN IF to_regclass('analysis_jobs') IS NOT NULL THEN DELETE FROM analysis_jobs; END IF; END $$")
                        .execute().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
            } finally {
                own.close();
            }
        } finally {
            vertx.close();
        }
    }

    static Pool pool(Vertx vertx, String database) {
        return PgBuilder.pool().connectingTo(new PgConnectOptions().setHost("127.0.0.1").setPort(5432)
                .setDatabase(database).setUser("postgres")).using(vertx).build();
    }

    void awaitLive() throws IOException, InterruptedException {
        for (int i = 0; i < children.length; i++) {
            if (children[i] != null && children[i].process().isAlive()) {
                children[i].awaitLive(ports[i]);
            }
        }
    }

    long pid(int i) {
        return children[i].process().pid();
    }

    int indexOf(long pid) {
        for (int i = 0; i < children.length; i++) {
            if (children[i] != null && pid(i) == pid) {
                return i;
            }
        }
        throw new AssertionError("no server with pid " + pid);
    }

    /** Sessions per server pid. */
    Map<Integer, Long> split(List<DrivenSession> sessions) {
        Map<Integer, Long> split = new TreeMap<>();
        for (int i = 0; i < children.length; i++) {
            long pid = pid(i);
            split.put(i, sessions.stream().filter(s -> s.serverPid == pid).count());
        }
        return split;
    }

    boolean onEach(List<DrivenSession> sessions, int atLeast) {
        return split(sessions).values().stream().allMatch(n -> n >= atLeast);
    }

    void kill(int i) throws IOException, InterruptedException {
        signal(i, "KILL");
        if (waitFor(i, 10) != 137) {
            throw new AssertionError("server " + i + " did not die of SIGKILL");
        }
    }

    void signal(int i, String name) throws IOException, InterruptedException {
        children[i].signal(name);
    }

    int waitFor(int i, double seconds) throws InterruptedException {
        return children[i].waitFor(seconds);
    }

    /** The status of /q/health/ready of server {@code i}. */
    int readiness(int i) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + ports[i] + "/q/health/ready")).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** POST /api/sessions straight to server {@code i}, not through the proxy. */
    HttpResponse<String> createDirectly(int i) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + ports[i] + "/api/sessions"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
    }

    String stderr(int i) throws IOException {
        return children[i].stderrText();
    }

    List<Path> crashLogs(int i) throws IOException {
        return children[i].crashLogs();
    }

    void destroy() {
        for (PackagedBinary.Child c : children) {
            if (c != null) {
                c.process().destroyForcibly();
            }
        }
    }
}
