package io.interviewcoach.architecture;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import io.interviewcoach.media.MediaWindow;

/**
 * The engine (decoding, models, analyzers, fusion, the pipeline) is shared by the command line, the server and
 * live sessions, so it never depends on one of them: no engine class refers to adapter code (commands, benches,
 * web, sessions, stores) or to web, persistence or Redis frameworks. Read from the compiled classes' constant
 * pools, so fully qualified names, field types and signatures count as much as imports do; the sources' import
 * lines are read too, since an import the code does not use leaves no trace in the class file.
 */
class EngineBoundariesTest {
    static final List<String> ENGINE = List.of("media", "models", "inference", "face", "pose", "voice", "speech",
            "fusion", "pipeline", "smoothing", "stats", "measure");

    /** Adapter code that lives inside an engine package: none (keep it that way). */
    static final List<String> ADAPTERS_INSIDE_ENGINE = List.of();

    static final List<String> FORBIDDEN = List.of(
            "io/interviewcoach/cli/", "io/interviewcoach/bench/", "io/interviewcoach/web/",
            "io/interviewcoach/session/", "io/interviewcoach/sessions/",
            "io/interviewcoach/storage/", "io/interviewcoach/store/", "io/interviewcoach/job/",
            "io/interviewcoach/question/", "io/interviewcoach/progress/",
            // the report writers, the analysis wiring and the live service sit above the engine
            "io/interviewcoach/report/", "io/interviewcoach/analysis/", "io/interviewcoach/live/",
            "io/interviewcoach/overlay/", "io/interviewcoach/account/", "io/interviewcoach/privacy/",
            "io/vertx/ext/web/", "jakarta/ws/rs/", "io/quarkus/redis/", "org/hibernate/", "io/quarkus/hibernate",
            "io/quarkus/websockets", "io/vertx/pgclient/", "io/vertx/mutiny/pgclient/", "io/vertx/redis/",
            "io/vertx/mutiny/redis/", "org/flywaydb/", "io/zonky/");

    @Test
    void engineClassesReferToNoAdapterCode() throws IOException, URISyntaxException {
        Path classes = Path.of(MediaWindow.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> violations = new ArrayList<>();
        int checked = 0;
        for (String pkg : ENGINE) {
            Path dir = classes.resolve("io/interviewcoach/" + pkg);
            assertTrue(Files.isDirectory(dir), "no compiled classes for engine package " + pkg + " under " + classes);
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                    String name = classes.relativize(file).toString().replace('\\', '/');
                    if (ADAPTERS_INSIDE_ENGINE.stream().anyMatch(name::startsWith)) {
                        continue;
                    }
                    checked++;
                    for (String ref : forbiddenReferences(file)) {
                        violations.add(name.replace(".class", "").replace('/', '.') + " -> " + ref.replace('/', '.'));
                    }
                }
            }
        }
        assertTrue(checked > 100, "only " + checked + " engine classes found under " + classes);
        assertTrue(violations.isEmpty(), "engine classes refer to adapter code:\n" + String.join("\n", violations));
    }

    @Test
    void engineSourcesImportNoAdapterCode() throws IOException {
        Path sources = Path.of("src/main/java");
        assertTrue(Files.isDirectory(sources), "run from the project root: no " + sources.toAbsolutePath());
        List<String> violations = new ArrayList<>();
        for (String pkg : ENGINE) {
            try (Stream<Path> files = Files.walk(sources.resolve("io/interviewcoach/" + pkg))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    String name = sources.relativize(file).toString().replace('\\', '/');
                    if (ADAPTERS_INSIDE_ENGINE.stream().anyMatch(name::startsWith)) {
                        continue;
                    }
                    for (String line : Files.readAllLines(file)) {
                        String t = line.strip();
                        if (t.startsWith("import ") && FORBIDDEN.stream().anyMatch(
                                prefix -> t.replaceFirst("^import (static )?", "").replace('.', '/').startsWith(prefix))) {
                            violations.add(name + ": " + t);
                        }
                    }
                }
            }
        }
        assertTrue(violations.isEmpty(), "engine sources import adapter code:\n" + String.join("\n", violations));
    }

    /** The constant-pool strings (class names, descriptors, signatures) that name a forbidden package. */
    static List<String> forbiddenReferences(Path classFile) throws IOException {
        List<String> found = new ArrayList<>();
        for (String utf8 : constantPoolStrings(classFile)) {
            for (String prefix : FORBIDDEN) {
                if (utf8.startsWith(prefix) || utf8.contains("L" + prefix)) {
                    found.add(utf8);
                    break;
                }
            }
        }
        return found;
    }

    /** The UTF-8 entries of a class file's constant pool (JVM spec 4.4). */
    static List<String> constantPoolStrings(Path classFile) throws IOException {
        List<String> strings = new ArrayList<>();
        try (InputStream raw = Files.newInputStream(classFile); DataInputStream in = new DataInputStream(raw)) {
            if (in.readInt() != 0xCAFEBABE) {
                throw new IOException(classFile + " is not a class file");
            }
            in.readUnsignedShort(); // minor version
            in.readUnsignedShort(); // major version
            int count = in.readUnsignedShort();
            for (int i = 1; i < count; i++) {
                int tag = in.readUnsignedByte();
                switch (tag) {
                    case 1 -> strings.add(in.readUTF());
                    case 7, 8, 16, 19, 20 -> in.skipBytes(2);
                    case 15 -> in.skipBytes(3);
                    case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipBytes(4);
                    case 5, 6 -> {
                        in.skipBytes(8);
                        i++; // longs and doubles take two slots
                    }
                    default -> throw new IOException(classFile + ": unknown constant-pool tag " + tag + " at entry " + i);
                }
            }
        }
        return strings;
    }
}
