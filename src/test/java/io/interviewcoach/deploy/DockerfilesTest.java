package io.interviewcoach.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The two Dockerfiles read without a container engine: what they COPY from the build context exists and is not
 * left out by .dockerignore, stages they copy from exist, the image runs `serve` as a fixed non-root uid on a glibc
 * base, listening on every interface on the app's port.
 */
class DockerfilesTest {
    private static Dockerfile parse(String file) {
        return Dockerfile.parse(DeployFiles.ROOT.resolve(file));
    }

    /** COPY/ADD arguments without flags: sources..., destination. */
    private static List<String> copyArgs(Dockerfile.Instruction i) {
        List<String> args = new ArrayList<>();
        for (String a : i.args().split("\\s+")) {
            if (!a.startsWith("--")) {
                args.add(a);
            }
        }
        return args;
    }

    private static String flag(Dockerfile.Instruction i, String name) {
        for (String a : i.args().split("\\s+")) {
            if (a.startsWith("--" + name + "=")) {
                return a.substring(name.length() + 3);
            }
        }
        return null;
    }

    @ParameterizedTest
    @ValueSource(strings = {"src/main/docker/Dockerfile.jvm", "Dockerfile.native"})
    void copiedSourcesExistInTheBuildContext(String file) throws IOException {
        Dockerfile d = parse(file);
        Set<String> ignored = Files.readAllLines(DeployFiles.ROOT.resolve(".dockerignore")).stream()
                .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).collect(Collectors.toSet());
        Set<String> stageNames = d.stages().stream().map(Dockerfile.Stage::name).filter(n -> n != null).collect(Collectors.toSet());
        int copied = 0;
        for (Dockerfile.Stage stage : d.stages()) {
            for (Dockerfile.Instruction i : stage.instructions()) {
                if (!i.keyword().equals("COPY") && !i.keyword().equals("ADD")) {
                    continue;
                }
                String from = flag(i, "from");
                if (from != null) {
                    assertTrue(stageNames.contains(from) || from.contains(":"), file + ": stage " + from + " exists");
                    continue;
                }
                List<String> args = copyArgs(i);
                for (String src : args.subList(0, args.size() - 1)) {
                    Path p = DeployFiles.ROOT.resolve(src);
                    assertTrue(Files.exists(p), file + ": COPY source " + src + " exists");
                    String top = Path.of(src).getName(0).toString().replaceAll("/$", "");
                    assertFalse(ignored.contains(top), file + ": " + src + " is not in .dockerignore");
                    copied++;
                }
            }
        }
        assertTrue(copied >= 4, "the build stage copies the sources: " + copied);
    }

    @ParameterizedTest
    @ValueSource(strings = {"src/main/docker/Dockerfile.jvm", "Dockerfile.native"})
    void theImageRunsServeAsAFixedNonRootUid(String file) {
        Dockerfile d = parse(file);
        Dockerfile.Stage last = d.last();
        List<Dockerfile.Instruction> users = last.all("USER");
        assertFalse(users.isEmpty(), file + " sets USER");
        String user = users.get(users.size() - 1).args();
        assertTrue(user.matches("[1-9][0-9]*(:[0-9]+)?"), file + ": a numeric non-root uid (Kubernetes runAsNonRoot checks it): " + user);
        assertTrue(last.all("RUN").stream().anyMatch(r -> r.args().contains("--uid " + user.split(":")[0])),
                file + ": the uid is created in the image");
        assertTrue(last.all("CMD").stream().anyMatch(c -> c.args().contains("\"serve\"")), file + " runs serve");
        assertEquals("0.0.0.0", last.env().get("QUARKUS_HTTP_HOST"));
        String port = DeployFiles.appSetting("quarkus", "http", "port");
        assertEquals(port, last.env().get("QUARKUS_HTTP_PORT"));
        assertTrue(last.all("EXPOSE").stream().anyMatch(e -> e.args().equals(port)));
        for (Dockerfile.Stage s : d.stages()) {
            assertFalse(d.resolve(s.base()).contains("alpine"), file + ": glibc bases only (JavaCV, ONNX Runtime, Vosk): " + s.base());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"src/main/docker/Dockerfile.jvm"})
    void theJvmImageBuildsTheFastJarAndTheGpuVariantFromArgs(String file) {
        Dockerfile d = parse(file);
        assertTrue(d.stages().stream().anyMatch(s -> s.all("RUN").stream()
                .anyMatch(r -> r.args().contains("./mvnw") && r.args().contains("package") && r.args().contains("${MAVEN_PROFILES}"))));
        assertTrue(d.last().all("COPY").stream().anyMatch(c -> c.args().contains("target/quarkus-app/lib/")));
        assertTrue(d.last().all("ENTRYPOINT").stream().anyMatch(e -> e.args().contains("quarkus-run.jar")));
        assertTrue(d.resolve(d.last().base()).startsWith("ubuntu:22.04"), "CPU default base: " + d.resolve(d.last().base()));
        String text = DeployFiles.read(d.file());
        assertTrue(text.contains("--build-arg MAVEN_PROFILES=-Pgpu") && text.contains("RUNTIME_BASE=nvidia/cuda:12."),
                "the GPU build is documented in the file");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Dockerfile.native"})
    void theNativeImageIsBuiltByMandrelOnUbiMinimal(String file) {
        Dockerfile d = parse(file);
        assertTrue(d.stages().get(0).base().contains("mandrel-builder-image"), d.stages().get(0).base());
        assertTrue(d.stages().get(0).all("RUN").stream().anyMatch(r -> r.args().contains("-Dnative")));
        assertTrue(d.last().base().contains("ubi-minimal"), d.last().base());
    }
}
