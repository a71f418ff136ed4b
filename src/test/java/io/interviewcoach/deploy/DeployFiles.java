package io.interviewcoach.deploy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The deployment files as the tests read them: the repository's paths, YAML documents as plain maps and lists,
 * and Kubernetes overlays rendered by the real {@code kubectl kustomize}.
 */
final class DeployFiles {
    static final Path ROOT = Path.of("").toAbsolutePath();
    static final Path K8S = ROOT.resolve("deploy/k8s");
    static final Path COMPOSE = ROOT.resolve("deploy/compose");
    private static final Path KUBECTL = Path.of("/usr/bin/kubectl");

    private DeployFiles() {
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    static Map<String, Object> yaml(Path file) {
        return new Yaml(new SafeConstructor(new LoaderOptions())).load(read(file));
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> yamlDocuments(String text) {
        List<Map<String, Object>> docs = new ArrayList<>();
        for (Object doc : new Yaml(new SafeConstructor(new LoaderOptions())).loadAll(text)) {
            if (doc != null) {
                docs.add((Map<String, Object>) doc);
            }
        }
        return docs;
    }

    private static final Map<String, List<Map<String, Object>>> RENDERED = new java.util.concurrent.ConcurrentHashMap<>();

    /** The manifests of one overlay (deploy/k8s/overlays/NAME) as kubectl kustomize renders them (once per run). */
    static List<Map<String, Object>> render(String overlay) {
        return RENDERED.computeIfAbsent(overlay, DeployFiles::kustomize);
    }

    private static List<Map<String, Object>> kustomize(String overlay) {
        Path kubectl = Files.isExecutable(KUBECTL) ? KUBECTL : Path.of("kubectl");
        Path dir = K8S.resolve("overlays").resolve(overlay);
        ProcessBuilder pb = new ProcessBuilder(kubectl.toString(), "kustomize", dir.toString()).redirectErrorStream(false);
        try {
            Process p = pb.start();
            byte[] out = p.getInputStream().readAllBytes();
            String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new AssertionError("kubectl kustomize " + dir + " failed: " + err);
            }
            return yamlDocuments(new String(out, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new AssertionError("kubectl is needed to render deploy/k8s (run deploy/install-test-tools.sh): "
                    + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    static List<Map<String, Object>> ofKind(List<Map<String, Object>> docs, String kind) {
        return docs.stream().filter(d -> kind.equals(d.get("kind"))).toList();
    }

    static Map<String, Object> one(List<Map<String, Object>> docs, String kind, String name) {
        return ofKind(docs, kind).stream().filter(d -> name.equals(str(d, "metadata", "name"))).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " named " + name));
    }

    /** The value at a path of map keys, or null where any step is missing. */
    @SuppressWarnings("unchecked")
    static Object at(Object node, String... keys) {
        Object cur = node;
        for (String k : keys) {
            if (!(cur instanceof Map<?, ?> m)) {
                return null;
            }
            cur = ((Map<String, Object>) m).get(k);
        }
        return cur;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object node, String... keys) {
        Object v = at(node, keys);
        return v instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object node, String... keys) {
        Object v = at(node, keys);
        return v instanceof List<?> l ? (List<Object>) l : List.of();
    }

    static String str(Object node, String... keys) {
        Object v = at(node, keys);
        return v == null ? null : String.valueOf(v);
    }

    private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m|h)");

    /** A duration as the app's config and Compose write it: 120s, 2m, 1h, 1m30s, 500ms. */
    static Duration duration(String text) {
        Matcher m = DURATION.matcher(text.trim());
        Duration d = Duration.ZERO;
        int end = 0;
        while (m.find()) {
            if (m.start() != end) {
                throw new AssertionError("not a duration: " + text);
            }
            long n = Long.parseLong(m.group(1));
            d = d.plus(switch (m.group(2)) {
                case "ms" -> Duration.ofMillis(n);
                case "s" -> Duration.ofSeconds(n);
                case "m" -> Duration.ofMinutes(n);
                default -> Duration.ofHours(n);
            });
            end = m.end();
        }
        if (end != text.trim().length() || end == 0) {
            throw new AssertionError("not a duration: " + text);
        }
        return d;
    }

    /** The app's own setting from application.yaml (the default profile), by its dotted path. */
    static String appSetting(String... keys) {
        Object v = at(yaml(ROOT.resolve("application.yaml")), keys);
        if (v == null) {
            throw new AssertionError("application.yaml has no " + String.join(".", keys));
        }
        return String.valueOf(v);
    }

    /** Bytes of a size as application.yaml and nginx write it (530M, 530m, 4m, 1g, 1024k). */
    static long bytes(String size) {
        Matcher m = Pattern.compile("(\\d+)([kKmMgG]?)").matcher(size.trim());
        if (!m.matches()) {
            throw new AssertionError("not a size: " + size);
        }
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2).toLowerCase()) {
            case "k" -> n << 10;
            case "m" -> n << 20;
            case "g" -> n << 30;
            default -> n;
        };
    }
}
