package io.interviewcoach.live.recovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The session lists of server processes: a live process's list is left alone, a dead one's open sessions are handed over. */
class ProcessRegistryTest {
    @TempDir
    Path dir;

    @Test
    void aDeadProcessesOpenSessionsAreHandedOverOnceAndALiveOnesAreLeftAlone() throws Exception {
        ProcessRegistry mine = new ProcessRegistry();
        mine.open(dir, "me");
        mine.created("s-mine", "h0", null);

        Path other = dir.resolve("other" + ProcessRegistry.SUFFIX);
        Files.writeString(other, "+s1 h1\n+s2 h2\n-s1\n+s3 h3\n");
        // another process (a JVM of its own: locks are per process) holds the list: it is alive
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                Path.of("src/test/resources/recovery/HoldLock.java").toAbsolutePath().toString(), other.toString())
                .redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8));
            assertEquals("locked", out.readLine());
            Map<String, String> handed = new LinkedHashMap<>();
            mine.sweep(handed::put);
            assertEquals(Map.of(), handed, "a live process's sessions are not taken");
            assertTrue(Files.exists(other));
        } finally {
            holder.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }

        Map<String, String> handed = new LinkedHashMap<>();
        mine.sweep(handed::put);
        assertEquals(List.of("s2", "s3"), List.copyOf(handed.keySet()), "s1 ended, s-mine is this process's own");
        assertEquals("h2", handed.get("s2"));
        assertFalse(Files.exists(other), "the dead process's list is removed once handed over");
        handed.clear();
        mine.sweep(handed::put);
        assertEquals(Map.of(), handed, "handed over once");

        mine.finished("s-mine", null);
        assertEquals(Map.of(), ProcessRegistry.openSessions(Files.readAllLines(dir.resolve("me" + ProcessRegistry.SUFFIX))));
    }
}
