package io.interviewcoach.job.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.jboss.logging.Logger;

/**
 * The folder where accepted recordings wait for their analysis, one sub-folder per job holding the file under its
 * original (cleaned) name, so the report names the file the user sent. Replicas share it through a volume.
 */
public final class UploadFiles {
    private static final Logger LOG = Logger.getLogger(UploadFiles.class);
    private static final int MAX_NAME_CHARS = 120;

    private final Path root;

    public UploadFiles(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /** {@code $XDG_DATA_HOME/interview-coach/uploads}, else {@code ~/.local/share/interview-coach/uploads}. */
    public static Path defaultDirectory(Map<String, String> env) {
        String xdg = env.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".local", "share");
        return base.resolve("interview-coach").resolve("uploads");
    }

    public Path root() {
        return root;
    }

    /** Moves the framework's temporary upload into the job's folder; the path it now has. */
    public Path keep(UUID job, Path temporary, String fileName) throws IOException {
        Path dir = root.resolve(job.toString());
        Files.createDirectories(dir);
        Path target = dir.resolve(safeName(fileName));
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException atomicRefused) { // another file system (a mounted volume): copy, then remove
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
        return target;
    }

    /** Removes a job's upload and its folder; never throws (a leftover is logged). */
    public void delete(String uploadPath) {
        if (uploadPath == null) {
            return;
        }
        Path file = Path.of(uploadPath).toAbsolutePath().normalize();
        Path dir = file.getParent();
        if (dir == null || !root.equals(dir.getParent())) { // only ever inside our own folder
            LOG.warnf("not deleting %s: it is outside the upload folder %s", file, root);
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (java.nio.file.NoSuchFileException gone) {
            // already deleted (a DELETE during the analysis, or another replica)
        } catch (IOException | RuntimeException e) {
            LOG.warnf("could not delete the upload %s: %s", dir, e.getMessage());
        }
    }

    /** The name's last path element with only portable characters; "recording" when nothing is left. */
    static String safeName(String fileName) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        name = name.replaceAll("[^\\p{L}\\p{N}._ -]", "_").strip();
        while (name.startsWith(".")) {
            name = name.substring(1);
        }
        if (name.length() > MAX_NAME_CHARS) {
            name = name.substring(name.length() - MAX_NAME_CHARS);
        }
        return name.isEmpty() ? "recording" : name;
    }
}
