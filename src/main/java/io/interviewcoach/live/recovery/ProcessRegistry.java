package io.interviewcoach.live.recovery;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.interviewcoach.live.service.LiveSettings;
import io.interviewcoach.live.service.SessionJournal;

/**
 * Without Redis (one machine): the sessions this process runs, listed in a file of its own under
 * {@code $XDG_DATA_HOME/interview-coach/live} that it keeps locked while it lives ({@code +id tokenHash} when a
 * session is created, {@code -id} when it ends). The operating system drops the lock when the process dies, even on SIGKILL,
 * so a file another process can lock belongs to a dead one: its open sessions are orphaned, and the lock makes the
 * process that took it the only one to finalize them.
 */
@ApplicationScoped
public class ProcessRegistry implements SessionJournal {
    private static final Logger LOG = Logger.getLogger(ProcessRegistry.class);
    static final String SUFFIX = ".sessions";

    private Path dir;
    private FileChannel channel;
    /** Held until the process ends; the next process to sweep the folder removes the file. */
    private FileLock lock;

    /** Starts listing this process's sessions in {@code dir}. */
    synchronized void open(Path dir, String node) throws IOException {
        Files.createDirectories(dir);
        this.dir = dir;
        channel = FileChannel.open(dir.resolve(node + SUFFIX), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE,
                StandardOpenOption.APPEND);
        lock = channel.lock();
    }

    /** {@code $XDG_DATA_HOME/interview-coach/live}, else {@code ~/.local/share/interview-coach/live}. */
    static Path defaultDirectory(Map<String, String> env) {
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".local", "share");
        return base.resolve("interview-coach").resolve("live");
    }

    @Override
    public void created(String sessionId, String tokenHash, LiveSettings settings) {
        append("+" + sessionId + " " + tokenHash);
    }

    @Override
    public void finished(String sessionId, ObjectNode report) {
        append("-" + sessionId);
    }

    @Override
    public void deleted(String sessionId) {
        append("-" + sessionId);
    }

    private synchronized void append(String line) {
        if (channel == null) {
            return;
        }
        try {
            channel.write(ByteBuffer.wrap((line + "\n").getBytes(StandardCharsets.US_ASCII)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Hands each open session of every dead process's file to {@code recover} (its id and token hash), then removes
     * that file. A file some live process holds is left alone.
     */
    void sweep(BiConsumer<String, String> recover) throws IOException {
        Path mine;
        synchronized (this) {
            if (dir == null) {
                return;
            }
            mine = dir;
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(mine)) {
            files = list.filter(f -> f.getFileName().toString().endsWith(SUFFIX)).toList();
        }
        for (Path f : files) {
            sweepFile(f, recover);
        }
    }

    private void sweepFile(Path file, BiConsumer<String, String> recover) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileLock taken;
            try {
                taken = ch.tryLock();
            } catch (OverlappingFileLockException ours) {
                return; // this process's own file
            }
            if (taken == null) {
                return; // a live process holds it
            }
            try {
                Map<String, String> open = openSessions(Files.readAllLines(file, StandardCharsets.US_ASCII));
                if (!open.isEmpty()) {
                    LOG.infof("%d session(s) of a server process that died (%s) are finalized here", open.size(),
                            file.getFileName());
                }
                open.forEach(recover);
                Files.delete(file);
            } finally {
                taken.release();
            }
        }
    }

    /** The sessions created and not ended, with their token hashes. */
    static Map<String, String> openSessions(List<String> lines) {
        Map<String, String> open = new LinkedHashMap<>();
        for (String line : lines) {
            String[] parts = line.split(" ");
            if (line.startsWith("+") && parts.length == 2) {
                open.put(parts[0].substring(1), parts[1]);
            } else if (line.startsWith("-")) {
                open.remove(line.substring(1));
            }
        }
        return open;
    }
}
