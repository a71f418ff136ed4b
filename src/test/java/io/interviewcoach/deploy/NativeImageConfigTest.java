package io.interviewcoach.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The native-image configuration (no GraalVM here to build with it): every class it names exists, every resource
 * pattern matches something, the arguments are well-formed, the JNI entries cover the classes the JNI libraries of
 * ONNX Runtime and JNA (Vosk) look up, as read from those libraries' own bytes, and reflection covers every
 * application type Jackson maps outside the REST layer.
 */
class NativeImageConfigTest {
    private static final Path DIR = DeployFiles.ROOT.resolve("src/main/resources/META-INF/native-image/io.interviewcoach/interview-coach");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode config(String file) {
        try {
            return JSON.readTree(DeployFiles.read(DIR.resolve(file)));
        } catch (IOException e) {
            throw new AssertionError(file + " is not JSON: " + e.getMessage(), e);
        }
    }

    private static Set<String> names(String file) {
        Set<String> names = new TreeSet<>();
        config(file).forEach(e -> names.add(e.path("name").asText()));
        return names;
    }

    @ParameterizedTest
    @ValueSource(strings = {"reflect-config.json", "jni-config.json"})
    void everyNamedClassExists(String file) {
        JsonNode entries = config(file);
        assertTrue(entries.isArray() && !entries.isEmpty(), file);
        List<String> missing = new ArrayList<>();
        Set<String> seen = new TreeSet<>();
        for (JsonNode e : entries) {
            String name = e.path("name").asText();
            assertTrue(seen.add(name), file + " names " + name + " once");
            try {
                Class<?> c = Class.forName(name, false, getClass().getClassLoader());
                for (JsonNode m : e.path("methods")) {
                    String method = m.path("name").asText();
                    boolean exists = method.equals("<init>") ? c.getDeclaredConstructors().length > 0
                            : java.util.Arrays.stream(c.getDeclaredMethods()).anyMatch(d -> d.getName().equals(method));
                    assertTrue(exists, file + ": " + name + "." + method);
                }
            } catch (ClassNotFoundException | LinkageError ex) {
                missing.add(name);
            }
        }
        assertEquals(List.of(), missing, file + " names classes that are not on the classpath");
    }

    @Test
    void everyResourcePatternMatchesSomething() {
        Set<String> resources = ClasspathIndex.get().names();
        List<String> patterns = new ArrayList<>();
        config("resource-config.json").path("resources").path("includes").forEach(p -> patterns.add(p.path("pattern").asText()));
        assertFalse(patterns.isEmpty());
        for (String p : patterns) {
            Pattern re = Pattern.compile(p);
            assertTrue(resources.stream().anyMatch(r -> re.matcher(r).matches()), "resource pattern " + p + " matches nothing");
        }
        // The native libraries loaded from the classpath at run time, each covered by a pattern.
        for (String lib : List.of("ai/onnxruntime/native/linux-x64/libonnxruntime.so",
                "ai/onnxruntime/native/linux-x64/libonnxruntime4j_jni.so", "com/sun/jna/linux-x86-64/libjnidispatch.so",
                "linux-x86-64/libvosk.so", "questions/index.json")) {
            assertTrue(resources.contains(lib), lib + " is on the classpath");
            assertTrue(patterns.stream().anyMatch(p -> lib.matches(p)), lib + " is included in the image");
        }
    }

    @Test
    void nativeImagePropertiesAreWellFormed() throws IOException {
        Properties props = new Properties();
        props.load(new StringReader(DeployFiles.read(DIR.resolve("native-image.properties"))));
        assertEquals(Set.of("Args"), props.stringPropertyNames());
        String[] args = props.getProperty("Args").trim().split("\\s+");
        assertTrue(args.length > 0);
        Pattern hosted = Pattern.compile("-H:[+-]?[A-Za-z][A-Za-z0-9]*(=\\S+)?");
        Pattern init = Pattern.compile("--initialize-at-(run|build)-time=([\\w.$]+(,[\\w.$]+)*)");
        for (String a : args) {
            Matcher m = init.matcher(a);
            if (m.matches()) {
                for (String name : m.group(2).split(",")) {
                    boolean isClass = ClasspathIndex.get().names().contains(name.replace('.', '/') + ".class");
                    assertTrue(isClass || ClasspathIndex.get().hasPackage(name), a + ": " + name + " is a class or package here");
                }
            } else {
                assertTrue(hosted.matcher(a).matches() || a.matches("--[a-z][a-z-]*(=\\S+)?"), "argument " + a);
            }
        }
    }

    /** Class names (a/b/C) a JNI library refers to, read from its bytes; only those that are classes here. */
    private static Set<String> classesNamedIn(String library, String prefix) {
        String text = new String(ClasspathIndex.get().bytes(library), StandardCharsets.ISO_8859_1);
        Matcher m = Pattern.compile(Pattern.quote(prefix) + "[A-Za-z0-9_$/]+").matcher(text);
        Set<String> names = new TreeSet<>();
        while (m.find()) {
            String name = m.group().replace('/', '.');
            if (ClasspathIndex.get().names().contains(m.group() + ".class")) {
                names.add(name);
            }
        }
        return names;
    }

    @Test
    void jniCoversWhatTheJniLibrariesLookUp() {
        Set<String> jni = names("jni-config.json");
        Set<String> ort = classesNamedIn("ai/onnxruntime/native/linux-x64/libonnxruntime4j_jni.so", "ai/onnxruntime/");
        Set<String> jna = classesNamedIn("com/sun/jna/linux-x86-64/libjnidispatch.so", "com/sun/jna/");
        assertTrue(ort.size() >= 5 && jna.size() >= 5, "read the libraries: " + ort + " " + jna);
        Set<String> missing = new TreeSet<>(ort);
        missing.addAll(jna);
        missing.removeAll(jni);
        assertEquals(Set.of(), missing, "classes the JNI code looks up, missing from jni-config.json");
        // Vosk binds its natives through JNA direct mapping: JNA registers LibVosk's native methods over JNI.
        assertTrue(jni.contains("org.vosk.LibVosk"));
    }

    @Test
    void reflectionCoversEveryTypeJacksonMaps() {
        Set<String> registered = names("reflect-config.json");
        Set<String> needed = JsonMappedTypes.closure();
        assertTrue(needed.size() > JsonMappedTypes.ROOTS.size(), "the closure reaches past the roots: " + needed.size());
        Set<String> missing = new TreeSet<>(needed);
        missing.removeAll(registered);
        assertEquals(Set.of(), missing, "add to reflect-config.json:\n" + missing.stream()
                .map(n -> "  {\"name\": \"" + n + "\", \"allDeclaredConstructors\": true, \"allDeclaredMethods\": true, \"allDeclaredFields\": true},")
                .collect(Collectors.joining("\n")));
    }
}
