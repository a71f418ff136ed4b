package io.interviewcoach.session.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;


import io.interviewcoach.storage.DatabaseDefault;
import io.interviewcoach.storage.StorageConfig;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Sessions waiting for PostgreSQL, one file per session ({@code <id>.json}) in {@code coach.storage.spool-dir}: the
 * end of a session (report and the row as this process knew it), or its deletion, which replaces a waiting end (a
 * deletion wins). A file is written whole to a temporary name, fsync'd, then renamed, and the folder fsync'd, so a
 * file that is there is complete. A file that cannot be read is moved to {@code aside/} with a log line.
 */
@ApplicationScoped
public class SessionSpool {
    private static final Logger LOG = Logger.getLogger(SessionSpool.class);
    static final String SUFFIX = ".json";

    /**
     * What a file holds: the end of a session, or its deletion ({@code finished} null). {@code version} tells one
     * writing of the file from another (null for an entry not read from a file).
     */
    public record Entry(UUID id, FinishedSession finished, String version) {
        public Entry(UUID id, FinishedSession finished) {
            this(id, finished, null);
        }

        public boolean deletion() {
            return finished == null;
        }
    }

    /** Thrown for a file that is not a spool entry; it is moved aside, never retried. */
    public static final class CorruptException extends Exception {
        CorruptException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final Path dir;
    /** The sessions with a file here, and whether it is a deletion. */
    private final Map<UUID, Boolean> pending = new ConcurrentHashMap<>();
    private final MeterRegistry registry;

    @Inject
    public SessionSpool(StorageConfig config, MeterRegistry registry) {
        this(config.spoolDir().orElseGet(() -> DatabaseDefault.dataHome(System.getenv()).resolve("spool")), registry);
    }

    public SessionSpool(Path dir, MeterRegistry registry) {
        this.dir = dir.toAbsolutePath();
        this.registry = registry;
        Gauge.builder("coach.storage.spool.pending", pending, Map::size)
                .description("Sessions in the spool, waiting for PostgreSQL").register(registry);
    }

    public Path dir() {
        return dir;
    }

    /** Writes the entry durably (replacing the session's earlier one); throws when it cannot. Blocking. */
    public void write(Entry entry) throws IOException {
        Files.createDirectories(dir);
        Path target = file(entry.id());
        Path tmp = dir.resolve(entry.id() + ".tmp-" + UUID.randomUUID());
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                ByteBuffer bytes = ByteBuffer.wrap(SpoolFormat.write(entry, UUID.randomUUID().toString()));
                while (bytes.hasRemaining()) {
                    ch.write(bytes);
                }
                ch.force(true);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
        syncFolder();
        pending.put(entry.id(), entry.deletion());
        counter("coach.storage.spooled", "kind", kind(entry),
                "Sessions written to the spool because PostgreSQL could not take them").increment();
    }

    /** The spooled end of a session, for reads while it waits; empty when there is none (or it cannot be read). */
    public Optional<FinishedSession> finished(String sessionId) {
        UUID id = parse(sessionId);
        if (id == null || !Boolean.FALSE.equals(pending.get(id))) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable(read(file(id)).finished());
        } catch (NoSuchFileException e) {
            return Optional.empty(); // written to PostgreSQL meanwhile
        } catch (IOException | CorruptException e) {
            return Optional.empty();
        }
    }

    /** Whether an entry of this session waits here. */
    public boolean holds(UUID id) {
        return pending.containsKey(id);
    }

    /** The files waiting, oldest first; also takes note of files left by an earlier process. */
    public List<Path> files() throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            List<Path> files = s.filter(p -> p.getFileName().toString().endsWith(SUFFIX) && Files.isRegularFile(p))
                    .sorted(Comparator.comparing(SessionSpool::modified)).toList();
            files.forEach(p -> {
                UUID id = idOf(p);
                if (id != null) {
                    pending.putIfAbsent(id, Boolean.FALSE);
                }
            });
            return files;
        }
    }

    public Entry read(Path file) throws IOException, CorruptException {
        return SpoolFormat.parse(Files.readAllBytes(file), idOf(file));
    }

    /**
     * The entry was written to PostgreSQL: its file goes, unless it was written again since it was read (a deletion
     * that replaced a waiting end stays).
     */
    public void remove(Entry written) {
        try {
            if (!written.version().equals(read(file(written.id())).version())) {
                return;
            }
        } catch (IOException | CorruptException e) {
            // gone already, or unreadable: removed like the one that was read
        }
        remove(written.id());
    }

    /** The session's entry is no longer wanted: its file goes. */
    public void remove(UUID id) {
        try {
            Files.deleteIfExists(file(id));
            pending.remove(id);
        } catch (IOException e) {
            LOG.warnf("spool: %s could not be removed (%s); it is written again later, which changes nothing",
                    file(id), e.getMessage());
        }
    }

    /** Moves a file that will never be written to {@code aside/}, where an operator can look at it. */
    public void moveAside(Path file, String reason, String why) {
        Path aside = dir.resolve("aside").resolve(file.getFileName());
        try {
            Files.createDirectories(aside.getParent());
            Files.move(file, aside, StandardCopyOption.REPLACE_EXISTING);
            LOG.errorf("spool: %s moved to %s, not retried (%s)", file, aside, why);
        } catch (IOException e) {
            LOG.errorf("spool: %s cannot be used (%s) and could not be moved aside (%s)", file, why, e.getMessage());
        }
        UUID id = idOf(file);
        if (id != null) {
            pending.remove(id);
        }
        counter("coach.storage.spool.aside", "reason", reason,
                "Spool files moved aside: unreadable, or refused by PostgreSQL again and again").increment();
    }

    public void replayed(Entry entry) {
        counter("coach.storage.replayed", "kind", kind(entry),
                "Spooled sessions written to PostgreSQL once it answered again").increment();
    }

    private Counter counter(String name, String tag, String value, String description) {
        return Counter.builder(name).tag(tag, value).description(description).register(registry);
    }

    static String kind(Entry e) {
        return e.deletion() ? "deleted" : "finished";
    }

    private Path file(UUID id) {
        return dir.resolve(id + SUFFIX);
    }

    private static UUID idOf(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(SUFFIX) ? parse(name.substring(0, name.length() - SUFFIX.length())) : null;
    }

    private void syncFolder() {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // not every platform can sync a folder; the file itself is synced
        }
    }

    private static java.nio.file.attribute.FileTime modified(Path p) {
        try {
            return Files.getLastModifiedTime(p);
        } catch (IOException e) {
            return java.nio.file.attribute.FileTime.fromMillis(0);
        }
    }

    private static UUID parse(String id) {
        try {
            return id == null ? null : UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
