package io.interviewcoach.models;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * What each installed model file hashed to, keyed by its path in the models folder, its size and its modification
 * time, kept in a small file beside the models ({@value #FILE_NAME}, one line per file:
 * {@code sha256 size mtime-ns relative/path}). A file whose size and modification time are unchanged since it was
 * hashed is not hashed again by a later process, so start-up stays fast; any write to the file changes its mtime and
 * so its entry no longer applies. Writing the cache is best effort: a read-only models folder only costs a rehash
 * per process.
 */
final class ChecksumCache {
    static final String FILE_NAME = ".verified-sha256";

    /** A file's size and modification time (nanoseconds since the epoch). */
    record Stamp(long size, long mtimeNanos) {
        static Stamp of(Path file) throws IOException {
            BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
            return new Stamp(a.size(), a.lastModifiedTime().to(TimeUnit.NANOSECONDS));
        }
    }

    private record Entry(String sha256, Stamp stamp) {
    }

    private final Path dir;
    private Map<String, Entry> entries;

    ChecksumCache(Path dir) {
        this.dir = dir;
    }

    /** The sha256 recorded for this file, if it was recorded with exactly this size and modification time. */
    synchronized Optional<String> lookup(Path file, Stamp stamp) {
        Entry e = entries().get(key(file));
        return e != null && e.stamp().equals(stamp) ? Optional.of(e.sha256()) : Optional.empty();
    }

    synchronized void record(Path file, Stamp stamp, String sha256) {
        entries().put(key(file), new Entry(sha256, stamp));
        save();
    }

    private String key(Path file) {
        return dir.relativize(file.toAbsolutePath()).toString().replace('\\', '/');
    }

    private Map<String, Entry> entries() {
        if (entries == null) {
            entries = load();
        }
        return entries;
    }

    private Map<String, Entry> load() {
        Map<String, Entry> m = new HashMap<>();
        List<String> lines;
        try {
            lines = Files.readAllLines(dir.resolve(FILE_NAME), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return m;
        } catch (IOException | RuntimeException e) {
            return m; // unreadable or garbled: every file is simply hashed again
        }
        for (String line : lines) {
            String[] f = line.split(" ", 4);
            if (f.length == 4 && f[0].matches("[0-9a-f]{64}")) {
                try {
                    m.put(f[3], new Entry(f[0], new Stamp(Long.parseLong(f[1]), Long.parseLong(f[2]))));
                } catch (NumberFormatException ignored) {
                    // a garbled line only means that file is hashed again
                }
            }
        }
        return m;
    }

    /** Written to a temporary file and renamed, so a reader never sees half a cache. */
    private void save() {
        List<String> lines = new ArrayList<>();
        entries.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> lines.add(e.getValue().sha256()
                + " " + e.getValue().stamp().size() + " " + e.getValue().stamp().mtimeNanos() + " " + e.getKey()));
        Path tmp = null;
        try {
            tmp = Files.createTempFile(dir, FILE_NAME, ".tmp");
            Files.write(tmp, lines, StandardCharsets.UTF_8);
            StagedFile.moveAtomically(tmp, dir.resolve(FILE_NAME));
        } catch (IOException | RuntimeException e) {
            deleteQuietly(tmp);
        }
    }

    private static void deleteQuietly(Path p) {
        if (p != null) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException ignored) {
                // a stray temp file is harmless
            }
        }
    }
}
