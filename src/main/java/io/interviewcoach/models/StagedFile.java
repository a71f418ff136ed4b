package io.interviewcoach.models;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * A model's bytes on their way into the store: written to a {@code *.part} file in the models folder and
 * hashed as they arrive; {@link #commit} checks the sha256 and only then moves the file to its real name
 * in one atomic rename (or, for a zipped model, unpacks it beside the store and renames the directory).
 * Closing an uncommitted staged file deletes it, and so does the JVM's shutdown on Ctrl-C, so an
 * interrupted install never leaves something that looks like a model.
 */
final class StagedFile implements AutoCloseable {
    private static final Set<Path> PENDING = ConcurrentHashMap.newKeySet();
    private static final Set<PosixFilePermission> FILE_PERMISSIONS = PosixFilePermissions.fromString("rw-r--r--");
    private static final Set<PosixFilePermission> DIRECTORY_PERMISSIONS = PosixFilePermissions.fromString("rwxr-xr-x");
    private static volatile boolean hookInstalled;

    private final ModelSpec spec;
    private final ModelStore store;
    private final Path part;
    private final OutputStream out;
    private final MessageDigest digest;
    private long written;
    private boolean committed;

    private StagedFile(ModelSpec spec, ModelStore store, Path part, OutputStream out) {
        this.spec = spec;
        this.store = store;
        this.part = part;
        this.out = out;
        this.digest = sha256Digest();
    }

    static StagedFile create(ModelStore store, ModelSpec spec) {
        installShutdownCleanup();
        try {
            Files.createDirectories(store.dir());
            Path part = Files.createTempFile(store.dir(), spec.fileName() + ".", ".part");
            PENDING.add(part);
            return new StagedFile(spec, store, part, new BufferedOutputStream(Files.newOutputStream(part), 1 << 16));
        } catch (IOException e) {
            throw ModelInstallException.cannotWrite(store.dir(), e);
        }
    }

    ModelSpec spec() {
        return spec;
    }

    long written() {
        return written;
    }

    void write(byte[] buf, int off, int len) {
        try {
            out.write(buf, off, len);
        } catch (IOException e) {
            throw ModelInstallException.cannotWrite(store.dir(), e);
        }
        digest.update(buf, off, len);
        written += len;
    }


    /**
     * Verifies the sha256 and moves the model into place. {@code origin} says where the bytes came from,
     * for the message if they are wrong.
     */
    Path commit(String origin) {
        try {
            out.close();
        } catch (IOException e) {
            throw ModelInstallException.cannotWrite(store.dir(), e);
        }
        String actual = HexFormat.of().formatHex(digest.digest());
        if (!actual.equals(spec.sha256())) {
            throw new ChecksumMismatchException(spec, actual, origin);
        }
        Path target = store.pathOf(spec);
        try {
            if (spec.format() == ModelSpec.Format.ZIP_DIRECTORY) {
                unpackInto(target);
            } else {
                makeReadable(part, FILE_PERMISSIONS);
                moveAtomically(part, target);
                store.recordInstalled(target, actual);
            }
        } catch (IOException e) {
            throw ModelInstallException.cannotWrite(store.dir(), e);
        }
        committed = true;
        return target;
    }

    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException ignored) {
            // the part file is deleted below either way
        }
        try {
            Files.deleteIfExists(part);
        } catch (IOException ignored) {
            // a stray *.part never looks like an installed model
        }
        PENDING.remove(part);
    }

    boolean isCommitted() {
        return committed;
    }

    private void unpackInto(Path target) throws IOException {
        Path unpacked = Files.createTempDirectory(store.dir(), spec.installedName() + ".part-");
        PENDING.add(unpacked);
        try {
            List<UnpackedManifest.Entry> files = unzip(part, unpacked);
            UnpackedManifest.write(unpacked, files);
            makeReadable(unpacked, DIRECTORY_PERMISSIONS);
            if (Files.exists(target)) {
                Path old = Files.createTempDirectory(store.dir(), spec.installedName() + ".old-");
                Files.delete(old);
                Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
                Files.move(unpacked, target, StandardCopyOption.ATOMIC_MOVE);
                deleteTree(old);
            } else {
                Files.move(unpacked, target, StandardCopyOption.ATOMIC_MOVE);
            }
            for (UnpackedManifest.Entry f : files) {
                store.recordInstalled(target.resolve(f.path()), f.sha256());
            }
        } finally {
            deleteTree(unpacked);
            PENDING.remove(unpacked);
        }
    }

    /**
     * Unzips, dropping the archive's single top-level folder if it has one, refusing entries that escape; returns
     * each file written with its size and sha256, for the manifest the model is later checked against.
     */
    private List<UnpackedManifest.Entry> unzip(Path zip, Path into) throws IOException {
        List<UnpackedManifest.Entry> written = new ArrayList<>();
        try (ZipFile zf = new ZipFile(zip.toFile())) {
            String prefix = commonTopFolder(zf);
            Enumeration<? extends ZipEntry> entries = zf.entries();
            while (entries.hasMoreElements()) {
                ZipEntry e = entries.nextElement();
                String name = e.getName().substring(prefix.length());
                if (name.isEmpty()) {
                    continue;
                }
                Path dest = into.resolve(name).normalize();
                if (!dest.startsWith(into)) {
                    throw new ModelInstallException("Refusing " + spec.id() + ": archive entry '" + e.getName()
                            + "' points outside its folder");
                }
                if (e.isDirectory()) {
                    Files.createDirectories(dest);
                } else {
                    Files.createDirectories(dest.getParent());
                    MessageDigest md = sha256Digest();
                    long size;
                    try (InputStream in = new DigestInputStream(zf.getInputStream(e), md)) {
                        size = Files.copy(in, dest);
                    }
                    written.add(new UnpackedManifest.Entry(into.relativize(dest).toString().replace('\\', '/'), size,
                            HexFormat.of().formatHex(md.digest())));
                }
            }
        }
        return written;
    }

    private static String commonTopFolder(ZipFile zf) {
        String top = null;
        Enumeration<? extends ZipEntry> entries = zf.entries();
        while (entries.hasMoreElements()) {
            String name = entries.nextElement().getName();
            int slash = name.indexOf('/');
            if (slash < 0) {
                return "";
            }
            String first = name.substring(0, slash + 1);
            if (top == null) {
                top = first;
            } else if (!top.equals(first)) {
                return "";
            }
        }
        return top == null ? "" : top;
    }

    /**
     * Temp files and folders are private (0600/0700); an installed model is readable by all, like any
     * downloaded file, so a models folder can be shared with a service account.
     */
    private static void makeReadable(Path p, Set<PosixFilePermission> permissions) throws IOException {
        try {
            Files.setPosixFilePermissions(p, permissions);
        } catch (UnsupportedOperationException notPosix) {
            // Windows: ACLs inherited from the folder already apply
        }
    }

    static void moveAtomically(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException | FileAlreadyExistsException e) {
            // Same folder, so this only happens on unusual file systems; a plain replace is the best left.
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException ignored) {
                    // best effort; a leftover *.part-* folder is never taken for a model
                }
            });
        } catch (IOException ignored) {
            // best effort
        }
    }

    private static void installShutdownCleanup() {
        if (hookInstalled) {
            return;
        }
        synchronized (StagedFile.class) {
            if (!hookInstalled) {
                Runtime.getRuntime().addShutdownHook(new Thread(() -> PENDING.forEach(StagedFile::deleteTree),
                        "model-part-cleanup"));
                hookInstalled = true;
            }
        }
    }

    private static MessageDigest sha256Digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
