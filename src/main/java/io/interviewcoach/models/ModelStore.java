package io.interviewcoach.models;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The folder where verified models live. A model is there only once its bytes have been checked
 * against the catalog's sha256 and moved in atomically; before a process uses it, {@link #require} checks the
 * bytes are still those (a file damaged later, even one of the right size, is refused).
 */
public final class ModelStore {
    private final Path dir;
    private final ModelIntegrity integrity;

    public ModelStore(Path dir) {
        this.dir = dir.toAbsolutePath();
        this.integrity = new ModelIntegrity(new ChecksumCache(this.dir));
    }

    public Path dir() {
        return dir;
    }

    public Path pathOf(ModelSpec spec) {
        return dir.resolve(spec.installedName());
    }

    public boolean isInstalled(ModelSpec spec) {
        Path p = pathOf(spec);
        if (spec.format() == ModelSpec.Format.ZIP_DIRECTORY) {
            return Files.isDirectory(p);
        }
        try {
            return Files.isRegularFile(p) && (spec.sizeBytes() == 0 || Files.size(p) == spec.sizeBytes());
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Whether the installed model's bytes, hashed again now, are still the verified ones: the catalog's sha256 for a
     * model file, the sha256 of every file listed when it was unpacked from its verified zip for a model folder.
     */
    public boolean isVerified(ModelSpec spec) {
        if (!isInstalled(spec)) {
            return false;
        }
        try {
            integrity.verify(this, spec, false);
            return true;
        } catch (ModelDamagedException e) {
            return false;
        }
    }

    /** The ids of the given models that are not installed, in order. */
    public java.util.List<String> missing(java.util.List<ModelSpec> specs) {
        return specs.stream().filter(m -> !isInstalled(m)).map(ModelSpec::id).toList();
    }

    /**
     * The installed model's path, once its bytes are verified (see {@link #verify}); a {@link ModelMissingException}
     * saying how to get it when it is missing, a {@link ModelDamagedException} when its bytes changed.
     */
    public Path require(ModelSpec spec) {
        if (!isInstalled(spec)) {
            throw new ModelMissingException(spec.id(), "Model '" + spec.id() + "' is not installed in " + dir
                    + ". Fetch it with: coach models pull " + spec.id());
        }
        verify(spec);
        return pathOf(spec);
    }

    /**
     * Checks the installed model against its recorded sha256 as a process first loads it: hashed only when its size or
     * modification time changed since it was last hashed (see {@link ChecksumCache}), then not again in this process.
     */
    ModelIntegrity.Outcome verify(ModelSpec spec) {
        return integrity.verify(this, spec, true);
    }

    /** Remembers the sha256 of a file just installed from verified bytes. */
    void recordInstalled(Path file, String sha256) {
        integrity.installed(file, sha256);
    }

    public static String sha256(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            byte[] buf = new byte[1 << 16];
            int n;
            while ((n = in.read(buf)) > 0) {
                md.update(buf, 0, n);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
