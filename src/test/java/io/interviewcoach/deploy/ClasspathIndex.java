package io.interviewcoach.deploy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Every resource name on the test classpath (jars and class folders), as native-image would see the application's
 * classpath: for checking that resource patterns match something and that named classes and packages exist.
 */
final class ClasspathIndex {
    private static ClasspathIndex instance;

    /** Resource name -> the jar or folder holding it (the first one). */
    private final Map<String, String> entries;

    private ClasspathIndex(Map<String, String> entries) {
        this.entries = entries;
    }

    static synchronized ClasspathIndex get() {
        if (instance == null) {
            instance = scan();
        }
        return instance;
    }

    Set<String> names() {
        return Collections.unmodifiableSet(entries.keySet());
    }

    boolean hasPackage(String pkg) {
        String prefix = pkg.replace('.', '/') + "/";
        String next = entries.keySet().stream().filter(n -> n.compareTo(prefix) >= 0).findFirst().orElse(null);
        return next != null && next.startsWith(prefix);
    }

    /** The bytes of a resource (a native library inside a jar, say). */
    byte[] bytes(String name) {
        URL url = ClasspathIndex.class.getClassLoader().getResource(name);
        if (url == null) {
            throw new AssertionError("not on the classpath: " + name);
        }
        try (InputStream in = url.openStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ClasspathIndex scan() {
        Map<String, String> entries = new TreeMap<>();
        ClassLoader cl = ClasspathIndex.class.getClassLoader();
        try {
            Set<String> jars = new TreeSet<>();
            for (URL m : Collections.list(cl.getResources("META-INF/MANIFEST.MF"))) {
                if (m.getProtocol().equals("jar")) {
                    jars.add(((JarURLConnection) m.openConnection()).getJarFileURL().getPath());
                }
            }
            for (String jar : jars) {
                try (JarFile jf = new JarFile(jar)) {
                    jf.stream().filter(e -> !e.isDirectory()).forEach(e -> entries.putIfAbsent(e.getName(), jar));
                }
            }
            for (URL root : Collections.list(cl.getResources(""))) {
                if (root.getProtocol().equals("file")) {
                    Path dir = Path.of(root.toURI());
                    try (Stream<Path> files = Files.walk(dir)) {
                        files.filter(Files::isRegularFile).forEach(f ->
                                entries.putIfAbsent(dir.relativize(f).toString().replace('\\', '/'), dir.toString()));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return new ClasspathIndex(entries);
    }
}
