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
 * against the catalog's sha256 and moved in atomically, so a file with the right name is a good file.
 */
public final class ModelStore {
    private final Path dir;

    public ModelStore(Path dir) {
        this.dir = dir.toAbsolutePath();
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
     * Whether the installed model's bytes still hash to the catalog's sha256 (for a zipped model: whether
     * its directory is there, as only a verified archive is ever unpacked into place).
     */
    public boolean isVerified(ModelSpec spec) {
        if (!isInstalled(spec)) {
            return false;
        }
        return spec.format() == ModelSpec.Format.ZIP_DIRECTORY || sha256(pathOf(spec)).equals(spec.sha256());
    }

    /** The ids of the given models that are not installed, in order. */
    public java.util.List<String> missing(java.util.List<ModelSpec> specs) {
        return specs.stream().filter(m -> !isInstalled(m)).map(ModelSpec::id).toList();
    }

    /** The installed model's path, or a {@link ModelMissingException} saying how to get it. */
    public Path require(ModelSpec spec) {
        if (!isInstalled(spec)) {
            throw new ModelMissingException(spec.id(), "Model '" + spec.id() + "' is not installed in " + dir
                    + ". Fetch it with: coach models pull " + spec.id());
        }
        return pathOf(spec);
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
