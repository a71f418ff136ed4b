package io.interviewcoach.deploy;

import static io.interviewcoach.deploy.DeployFiles.COMPOSE;
import static io.interviewcoach.deploy.DeployFiles.at;
import static io.interviewcoach.deploy.DeployFiles.list;
import static io.interviewcoach.deploy.DeployFiles.map;
import static io.interviewcoach.deploy.DeployFiles.str;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * deploy/compose read as Docker Compose would (no engine here): the six services, their health checks and start
 * order, every bind mount and build file present in the repository, secrets only from .env, Prometheus scraping
 * the app and loading the alert rules, Grafana provisioned with the dashboards folder.
 */
class ComposeFileTest {
    private static final Map<String, Object> COMPOSE_FILE = DeployFiles.yaml(COMPOSE.resolve("compose.yaml"));

    private static Map<String, Object> service(String name) {
        Map<String, Object> s = map(COMPOSE_FILE, "services", name);
        assertFalse(s.isEmpty(), "service " + name);
        return s;
    }

    /** Each "source:target[:mode]" of a service as target -> source; named volumes keep their name as source. */
    private static Map<String, String> mounts(Map<String, Object> service) {
        Map<String, String> m = new LinkedHashMap<>();
        for (Object v : list(service, "volumes")) {
            String[] parts = String.valueOf(v).split(":");
            m.put(parts[1], parts[0]);
        }
        return m;
    }

    private static boolean isBind(String source) {
        return source.startsWith(".") || source.startsWith("/");
    }

    @Test
    void theStackAndItsStartOrder() {
        assertEquals(Set.of("postgres", "redis", "models", "app", "prometheus", "grafana"), map(COMPOSE_FILE, "services").keySet());
        for (String name : map(COMPOSE_FILE, "services").keySet()) {
            Map<String, Object> s = service(name);
            if (!name.equals("models")) {   // the one-shot models pull exits when done
                assertFalse(list(s, "healthcheck", "test").isEmpty(), name + " has a health check");
            }
            map(s, "depends_on").forEach((dep, cond) -> {
                Map<String, Object> target = service(dep);
                String condition = str(cond, "condition");
                assertTrue(Set.of("service_started", "service_healthy", "service_completed_successfully").contains(condition));
                if (condition.equals("service_healthy")) {
                    assertFalse(list(target, "healthcheck", "test").isEmpty(), dep + " is waited for healthy, so has a check");
                }
            });
        }
        Map<String, Object> deps = map(service("app"), "depends_on");
        assertEquals("service_healthy", str(deps, "postgres", "condition"));
        assertEquals("service_healthy", str(deps, "redis", "condition"));
        assertEquals("service_completed_successfully", str(deps, "models", "condition"));
        assertEquals("no", str(service("models"), "restart"));
    }

    @Test
    void theAppIsReachableAndTalksToTheOtherServices() {
        Map<String, Object> app = service("app");
        Map<String, Object> env = map(app, "environment");
        assertEquals("0.0.0.0", env.get("QUARKUS_HTTP_HOST"));
        assertEquals("postgres", URI.create(str(env, "QUARKUS_DATASOURCE_REACTIVE_URL")).getHost());
        assertEquals("redis", URI.create(str(env, "QUARKUS_REDIS_HOSTS")).getHost());
        String appPort = DeployFiles.appSetting("quarkus", "http", "port");
        assertTrue(list(app, "ports").stream().anyMatch(p -> String.valueOf(p).endsWith(":" + appPort)));
        assertTrue(String.join(" ", list(app, "healthcheck", "test").stream().map(String::valueOf).toList())
                .contains("127.0.0.1:" + appPort + ProbePathsTest.READY));
        assertEquals(List.of("serve"), list(app, "command"));
        Duration drain = DeployFiles.duration(str(env, "COACH_SHUTDOWN_SESSION_DRAIN_TIMEOUT"));
        assertTrue(DeployFiles.duration(str(app, "stop_grace_period")).compareTo(drain.plusSeconds(10)) >= 0,
                "docker stop waits past the session drain");
        assertEquals("/models", mounts(app).entrySet().stream().filter(e -> e.getValue().equals("models"))
                .map(Map.Entry::getKey).findFirst().orElse(null));
        assertEquals("/models", env.get("COACH_MODELS_DIR"));
        assertTrue(mounts(service("models")).containsKey("/models"), "the models service fills the same volume");
    }

    @Test
    void everyMountAndBuildFileIsInTheRepository() {
        Set<String> named = map(COMPOSE_FILE, "volumes").keySet();
        for (String file : List.of("compose.yaml", "compose.gpu.yaml")) {
            Map<String, Object> compose = DeployFiles.yaml(COMPOSE.resolve(file));
            map(compose, "services").forEach((name, s) -> {
                mounts(map(s)).forEach((target, source) -> {
                    if (isBind(source)) {
                        assertTrue(Files.exists(COMPOSE.resolve(source)), file + " " + name + ": " + source + " exists");
                    } else {
                        assertTrue(named.contains(source), file + " " + name + ": volume " + source + " is declared");
                    }
                });
                Object build = at(s, "build");
                if (build != null) {
                    Path context = COMPOSE.resolve(str(build, "context")).normalize();
                    assertEquals(DeployFiles.ROOT, context, "built from the repository root");
                    assertTrue(Files.isRegularFile(context.resolve(str(build, "dockerfile"))));
                }
            });
        }
    }

    @Test
    void secretsComeOnlyFromTheEnvFile() throws IOException {
        String text = DeployFiles.read(COMPOSE.resolve("compose.yaml"));
        Set<String> example = Set.copyOf(Files.readAllLines(COMPOSE.resolve(".env.example")).stream()
                .filter(l -> l.matches("[A-Z_]+=.*")).map(l -> l.substring(0, l.indexOf('='))).toList());
        Matcher required = Pattern.compile("\\$\\{([A-Z_]+):\\?").matcher(text);
        int n = 0;
        while (required.find()) {
            assertTrue(example.contains(required.group(1)), required.group(1) + " is in .env.example");
            n++;
        }
        assertTrue(n >= 2, "the passwords are required variables");
        map(COMPOSE_FILE, "services").forEach((name, s) -> map(s, "environment").forEach((k, v) -> {
            if (k.matches(".*(PASSWORD|SECRET|TOKEN|PRIVATE).*")) {
                assertTrue(String.valueOf(v).matches("\\$\\{[A-Z_]+:\\?.*}"), name + " " + k + " comes from .env");
            }
        }));
        assertTrue(Files.readAllLines(DeployFiles.ROOT.resolve(".gitignore")).contains("deploy/compose/.env"));
    }

    @Test
    void prometheusScrapesTheAppAndLoadsTheAlertRules() {
        Map<String, String> mounts = mounts(service("prometheus"));
        Path config = COMPOSE.resolve(mounts.get("/etc/prometheus/prometheus.yml")).normalize();
        Map<String, Object> prom = DeployFiles.yaml(config);
        String appPort = DeployFiles.appSetting("quarkus", "http", "port");
        assertTrue(list(prom, "scrape_configs").stream().anyMatch(job -> "/q/metrics".equals(str(job, "metrics_path"))
                && list(job, "static_configs").stream().anyMatch(sc -> list(sc, "targets").contains("app:" + appPort))));
        List<Object> rules = list(prom, "rule_files");
        assertFalse(rules.isEmpty());
        for (Object rule : rules) {
            String source = mounts.get(String.valueOf(rule));
            assertNotNull(source, rule + " is mounted into the container");
            assertEquals(DeployFiles.ROOT.resolve("deploy/prometheus/alerts.yml"), COMPOSE.resolve(source).normalize());
            assertTrue(Files.isRegularFile(COMPOSE.resolve(source)), "deploy/prometheus/alerts.yml exists");
        }
    }

    @Test
    void grafanaIsProvisionedWithTheDashboardsFolder() throws IOException {
        Map<String, String> mounts = mounts(service("grafana"));
        Path provisioning = COMPOSE.resolve(mounts.get("/etc/grafana/provisioning")).normalize();
        assertEquals(DeployFiles.ROOT.resolve("deploy/grafana/provisioning"), provisioning);
        try (Stream<Path> files = Files.list(provisioning.resolve("dashboards"))) {
            for (Path p : files.toList()) {
                for (Object provider : list(DeployFiles.yaml(p), "providers")) {
                    String inContainer = str(provider, "options", "path");
                    Path source = COMPOSE.resolve(mounts.get(inContainer)).normalize();
                    assertEquals(DeployFiles.ROOT.resolve("deploy/grafana/dashboards"), source, p + " loads the dashboards folder");
                    assertTrue(Files.isDirectory(source), source + " exists");
                    try (Stream<Path> dashboards = Files.list(source)) {
                        assertTrue(dashboards.anyMatch(d -> d.toString().endsWith(".json")), "a dashboard JSON in " + source);
                    }
                }
            }
        }
        for (Object ds : list(DeployFiles.yaml(provisioning.resolve("datasources/prometheus.yaml")), "datasources")) {
            URI url = URI.create(str(ds, "url"));
            assertEquals("prometheus", url.getHost());
            assertTrue(String.join(" ", list(service("prometheus"), "ports").stream().map(String::valueOf).toList())
                    .contains(":" + url.getPort()));
        }
    }

    @Test
    void theGpuOverrideBuildsAndRunsTheGpuImage() {
        Map<String, Object> gpu = DeployFiles.yaml(COMPOSE.resolve("compose.gpu.yaml"));
        Map<String, Object> app = map(gpu, "services", "app");
        assertEquals("-Pgpu", str(app, "build", "args", "MAVEN_PROFILES"));
        assertTrue(str(app, "build", "args", "RUNTIME_BASE").matches("nvidia/cuda:12\\.[0-9.]+-cudnn-runtime-ubuntu22\\.04"));
        assertEquals("cuda", str(app, "environment", "COACH_INFERENCE_DEVICE"));
        assertTrue(list(app, "deploy", "resources", "reservations", "devices").stream()
                .anyMatch(d -> "nvidia".equals(str(d, "driver")) && list(d, "capabilities").contains("gpu")));
        assertEquals(str(app, "image"), str(gpu, "services", "models", "image"), "models pulled by the same image");
    }
}
