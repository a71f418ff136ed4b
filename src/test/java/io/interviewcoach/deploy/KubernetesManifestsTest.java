package io.interviewcoach.deploy;

import static io.interviewcoach.deploy.DeployFiles.at;
import static io.interviewcoach.deploy.DeployFiles.list;
import static io.interviewcoach.deploy.DeployFiles.map;
import static io.interviewcoach.deploy.DeployFiles.one;
import static io.interviewcoach.deploy.DeployFiles.str;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Renders deploy/k8s/overlays/{cpu,gpu} with kubectl kustomize and checks what a cluster would get: every container
 * bounded, probed and unprivileged, the GPU only where asked for, the grace period above the drain, the HPA on the
 * live-sessions metric the adapter rule serves. Ingress routing: {@link IngressRoutingTest}.
 */
class KubernetesManifestsTest {
    static final String DEPLOYMENT = "interview-coach";

    static Map<String, Object> podSpec(List<Map<String, Object>> docs) {
        return map(one(docs, "Deployment", DEPLOYMENT), "spec", "template", "spec");
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> containers(Map<String, Object> pod, String kind) {
        return list(pod, kind).stream().map(c -> (Map<String, Object>) c).toList();
    }

    static Map<String, Object> server(Map<String, Object> pod) {
        return containers(pod, "containers").stream().filter(c -> "server".equals(c.get("name"))).findFirst()
                .orElseThrow(() -> new AssertionError("no container named server"));
    }

    static String env(Map<String, Object> container, List<Map<String, Object>> docs, String name) {
        for (Object e : list(container, "env")) {
            if (name.equals(str(e, "name"))) {
                return str(e, "value");
            }
        }
        for (Object from : list(container, "envFrom")) {
            String cm = str(from, "configMapRef", "name");
            if (cm != null) {
                String v = str(one(docs, "ConfigMap", cm), "data", name);
                if (v != null) {
                    return v;
                }
            }
        }
        return null;
    }

    @ParameterizedTest
    @ValueSource(strings = {"cpu", "gpu"})
    void everyContainerIsBoundedAndUnprivileged(String overlay) {
        Map<String, Object> pod = podSpec(DeployFiles.render(overlay));
        List<Map<String, Object>> all = new ArrayList<>(containers(pod, "initContainers"));
        all.addAll(containers(pod, "containers"));
        assertTrue(all.size() >= 2, "the models init container and the server");
        assertEquals(Boolean.TRUE, at(pod, "securityContext", "runAsNonRoot"));
        Object uid = at(pod, "securityContext", "runAsUser");
        assertTrue(uid instanceof Integer u && u > 0, "pod runs as a fixed non-root uid: " + uid);
        for (Map<String, Object> c : all) {
            String n = overlay + "/" + c.get("name");
            for (String kind : List.of("requests", "limits")) {
                assertNotNull(str(c, "resources", kind, "cpu"), n + " " + kind + ".cpu");
                assertNotNull(str(c, "resources", kind, "memory"), n + " " + kind + ".memory");
            }
            Map<String, Object> sc = map(c, "securityContext");
            assertEquals(Boolean.TRUE, sc.get("runAsNonRoot"), n);
            assertEquals(Boolean.FALSE, sc.get("allowPrivilegeEscalation"), n);
            assertEquals(Boolean.TRUE, sc.get("readOnlyRootFilesystem"), n);
            assertEquals(List.of("ALL"), list(sc, "capabilities", "drop"), n);
            assertFalse(Boolean.TRUE.equals(sc.get("privileged")), n);
        }
    }

    /** With a read-only root filesystem, every folder the image writes to must be a mounted volume. */
    @ParameterizedTest
    @ValueSource(strings = {"cpu", "gpu"})
    void everyFolderTheImageWritesIsMounted(String overlay) {
        Map<String, Object> server = server(podSpec(DeployFiles.render(overlay)));
        Map<String, String> imageEnv = Dockerfile.parse(DeployFiles.ROOT.resolve("src/main/docker/Dockerfile.jvm")).last().env();
        Set<String> mounts = Set.copyOf(list(server, "volumeMounts").stream().map(m -> str(m, "mountPath")).toList());
        List<String> written = Stream.of("XDG_DATA_HOME", "XDG_CACHE_HOME", "COACH_MODELS_DIR")
                .map(k -> {
                    assertNotNull(imageEnv.get(k), "Dockerfile.jvm sets " + k);
                    return imageEnv.get(k);
                }).toList();
        for (String dir : Stream.concat(written.stream(), Stream.of("/tmp")).toList()) {
            assertTrue(mounts.contains(dir), overlay + ": " + dir + " is mounted; mounts " + mounts);
        }
        String uploads = env(server, DeployFiles.render(overlay), "COACH_JOBS_UPLOAD_DIR");
        assertTrue(mounts.contains(uploads), "the shared upload folder is mounted: " + uploads);
    }

    /** The init container pulls the models with the same image into the volume the server reads them from. */
    @ParameterizedTest
    @ValueSource(strings = {"cpu", "gpu"})
    void modelsArePulledIntoTheServersVolume(String overlay) {
        Map<String, Object> pod = podSpec(DeployFiles.render(overlay));
        Map<String, Object> server = server(pod);
        Map<String, Object> init = containers(pod, "initContainers").stream().filter(c -> "models".equals(c.get("name")))
                .findFirst().orElseThrow(() -> new AssertionError("no models init container"));
        assertEquals(str(server, "image"), str(init, "image"));
        String command = String.join(" ", Stream.concat(list(init, "command").stream(), list(init, "args").stream())
                .map(String::valueOf).toList());
        assertTrue(command.contains("quarkus-run.jar models pull"), command);
        String modelsDir = env(server, List.of(), "COACH_MODELS_DIR");
        String volume = list(server, "volumeMounts").stream().filter(m -> modelsDir.equals(str(m, "mountPath")))
                .map(m -> str(m, "name")).findFirst().orElseThrow();
        assertTrue(list(init, "volumeMounts").stream().anyMatch(m -> volume.equals(str(m, "name"))
                && str(m, "mountPath").equals(env(init, List.of(), "COACH_MODELS_DIR"))), "the same volume, where it pulls");
    }

    @ParameterizedTest
    @ValueSource(strings = {"cpu", "gpu"})
    void probesUseTheAppsHealthPathsAndPort(String overlay) {
        List<Map<String, Object>> docs = DeployFiles.render(overlay);
        Map<String, Object> server = server(podSpec(docs));
        int appPort = Integer.parseInt(DeployFiles.appSetting("quarkus", "http", "port"));
        assertEquals(String.valueOf(appPort), env(server, docs, "QUARKUS_HTTP_PORT"));
        assertEquals("0.0.0.0", env(server, docs, "QUARKUS_HTTP_HOST"));
        Map<String, Integer> ports = new java.util.HashMap<>();
        for (Object p : list(server, "ports")) {
            ports.put(str(p, "name"), (Integer) at(p, "containerPort"));
        }
        Map<String, String> expected = Map.of("startupProbe", ProbePathsTest.STARTED, "readinessProbe", ProbePathsTest.READY,
                "livenessProbe", ProbePathsTest.LIVE);
        expected.forEach((probe, path) -> {
            assertEquals(path, str(server, probe, "httpGet", "path"), overlay + " " + probe);
            Object port = at(server, probe, "httpGet", "port");
            int resolved = port instanceof Integer i ? i : ports.getOrDefault(String.valueOf(port), -1);
            assertEquals(appPort, resolved, overlay + " " + probe + " port");
        });
        for (Map<String, Object> svc : DeployFiles.ofKind(docs, "Service")) {
            for (Object p : list(svc, "spec", "ports")) {
                Object target = at(p, "targetPort");
                int resolved = target instanceof Integer i ? i : ports.getOrDefault(String.valueOf(target), -1);
                assertEquals(appPort, resolved, "Service " + str(svc, "metadata", "name") + " targets the app");
            }
        }
    }

    @Test
    void onlyTheGpuOverlayAsksForAGpu() {
        Map<String, Object> gpuPod = podSpec(DeployFiles.render("gpu"));
        Map<String, Object> gpu = server(gpuPod);
        assertEquals(1, at(gpu, "resources", "limits", "nvidia.com/gpu"));
        assertFalse(list(gpuPod, "tolerations").isEmpty(), "tolerates the GPU nodes' taint");
        assertFalse(map(gpuPod, "nodeSelector").isEmpty(), "scheduled on GPU nodes");
        assertEquals("cuda", env(gpu, List.of(), "COACH_INFERENCE_DEVICE"));
        assertTrue(str(gpu, "image").endsWith("-gpu"), str(gpu, "image"));

        List<Map<String, Object>> cpuDocs = DeployFiles.render("cpu");
        Map<String, Object> cpuPod = podSpec(cpuDocs);
        for (Map<String, Object> c : Stream.concat(containers(cpuPod, "containers").stream(),
                containers(cpuPod, "initContainers").stream()).toList()) {
            assertFalse(map(c, "resources", "limits").containsKey("nvidia.com/gpu"), "cpu: " + c.get("name"));
            assertFalse(map(c, "resources", "requests").containsKey("nvidia.com/gpu"), "cpu: " + c.get("name"));
        }
        assertTrue(map(cpuPod, "nodeSelector").isEmpty());
        assertEquals("cpu", env(server(cpuPod), cpuDocs, "COACH_INFERENCE_DEVICE"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"cpu", "gpu"})
    void gracePeriodOutlastsTheSessionDrain(String overlay) {
        List<Map<String, Object>> docs = DeployFiles.render(overlay);
        Map<String, Object> pod = podSpec(docs);
        Map<String, Object> server = server(pod);
        Duration drain = DeployFiles.duration(env(server, docs, "COACH_SHUTDOWN_SESSION_DRAIN_TIMEOUT"));
        Duration preStop = Duration.ZERO;
        List<Object> cmd = list(server, "lifecycle", "preStop", "exec", "command");
        if (cmd.size() == 2 && "sleep".equals(cmd.get(0))) {
            preStop = Duration.ofSeconds(Long.parseLong(String.valueOf(cmd.get(1))));
        }
        Duration grace = Duration.ofSeconds(((Number) at(pod, "terminationGracePeriodSeconds")).longValue());
        assertTrue(grace.compareTo(drain.plus(preStop).plusSeconds(10)) >= 0,
                overlay + ": grace " + grace + " must outlast preStop " + preStop + " + drain " + drain + " + 10 s hand-off");
    }

    @ParameterizedTest
    @ValueSource(strings = {"cpu", "gpu"})
    void hpaScalesOnLiveSessionsWithCpuFallback(String overlay) {
        List<Map<String, Object>> docs = DeployFiles.render(overlay);
        Map<String, Object> hpa = one(docs, "HorizontalPodAutoscaler", DEPLOYMENT);
        assertEquals("autoscaling/v2", hpa.get("apiVersion"));
        assertEquals("Deployment", str(hpa, "spec", "scaleTargetRef", "kind"));
        assertEquals(DEPLOYMENT, str(hpa, "spec", "scaleTargetRef", "name"));
        List<Object> metrics = list(hpa, "spec", "metrics");
        assertTrue(metrics.stream().anyMatch(m -> "Pods".equals(str(m, "type"))
                && ProbePathsTest.LIVE_SESSIONS_METRIC.equals(str(m, "pods", "metric", "name"))
                && "AverageValue".equals(str(m, "pods", "target", "type"))), "per-pod live sessions: " + metrics);
        assertTrue(metrics.stream().anyMatch(m -> "Resource".equals(str(m, "type")) && "cpu".equals(str(m, "resource", "name"))),
                "CPU fallback");
        int min = ((Number) at(hpa, "spec", "minReplicas")).intValue();
        assertTrue(((Number) at(hpa, "spec", "maxReplicas")).intValue() > min);

        Map<String, Object> adapter = DeployFiles.yaml(DeployFiles.K8S.resolve("prometheus-adapter/values.yaml"));
        assertTrue(list(adapter, "rules", "custom").stream().anyMatch(r ->
                        str(r, "seriesQuery").startsWith(ProbePathsTest.LIVE_SESSIONS_METRIC + "{")
                                && ProbePathsTest.LIVE_SESSIONS_METRIC.equals(str(r, "name", "as"))
                                && "pod".equals(str(r, "resources", "overrides", "pod", "resource"))),
                "prometheus-adapter serves the HPA's metric per pod");
    }

    @ParameterizedTest
    @ValueSource(strings = {"cpu", "gpu"})
    void disruptionBudgetAndServicesSelectTheServerPods(String overlay) {
        List<Map<String, Object>> docs = DeployFiles.render(overlay);
        Map<String, Object> podLabels = map(one(docs, "Deployment", DEPLOYMENT), "spec", "template", "metadata", "labels");
        Map<String, Object> pdb = one(docs, "PodDisruptionBudget", DEPLOYMENT);
        assertTrue(podLabels.entrySet().containsAll(map(pdb, "spec", "selector", "matchLabels").entrySet()));
        assertFalse(map(pdb, "spec", "selector", "matchLabels").isEmpty());
        for (Map<String, Object> svc : DeployFiles.ofKind(docs, "Service")) {
            Map<String, Object> sel = map(svc, "spec", "selector");
            assertFalse(sel.isEmpty());
            assertTrue(podLabels.entrySet().containsAll(sel.entrySet()), "Service " + str(svc, "metadata", "name"));
        }
    }

    /** The Secret the pods read is not in the kustomization; its example names every key they use. */
    @ParameterizedTest
    @ValueSource(strings = {"cpu", "gpu"})
    void secretExampleHasEveryKeyThePodsRead(String overlay) {
        List<Map<String, Object>> docs = DeployFiles.render(overlay);
        assertTrue(DeployFiles.ofKind(docs, "Secret").isEmpty(), "no secret values are rendered");
        Map<String, Object> example = DeployFiles.yaml(DeployFiles.K8S.resolve("secret.example.yaml"));
        String name = str(example, "metadata", "name");
        Set<String> keys = map(example, "stringData").keySet();
        Map<String, Object> pod = podSpec(docs);
        List<String> used = new ArrayList<>();
        for (Object e : list(server(pod), "env")) {
            if (name.equals(str(e, "valueFrom", "secretKeyRef", "name"))) {
                used.add(str(e, "valueFrom", "secretKeyRef", "key"));
            }
        }
        for (Object v : list(pod, "volumes")) {
            if (name.equals(str(v, "secret", "secretName"))) {
                list(v, "secret", "items").forEach(i -> used.add(str(i, "key")));
            }
        }
        assertTrue(used.size() >= 3, "db password and the JWT pair: " + used);
        assertTrue(keys.containsAll(used), "example keys " + keys + " cover " + used);
    }
}
