package io.interviewcoach.models;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks that an installed model's bytes are still the ones verified at install time before a process uses it.
 * A model file must hash to the catalog's sha256. An unpacked model (Vosk) must have every file of the manifest
 * written when it was unpacked from its verified zip, each of the recorded size and sha256.
 * Hashing 40 MB at every start would be slow, so a file is hashed only when its size or modification time differ
 * from those recorded in the models folder's {@link ChecksumCache}, and at most once per process.
 */
final class ModelIntegrity {
    /** How a check was settled (tests and logs care; callers only care that it did not throw). */
    enum Outcome { EARLIER_IN_THIS_PROCESS, FROM_CACHE, HASHED }

    private static final Map<Path, ChecksumCache.Stamp> CHECKED_IN_PROCESS = new ConcurrentHashMap<>();

    private final ChecksumCache cache;

    ModelIntegrity(ChecksumCache cache) {
        this.cache = cache;
    }

    /**
     * Throws {@link ModelDamagedException} unless the installed model verifies. With {@code trustRecords} false every
     * file is hashed again (what {@code models pull} does before it skips an installed model).
     */
    Outcome verify(ModelStore store, ModelSpec spec, boolean trustRecords) {
        Path installed = store.pathOf(spec);
        if (spec.format() != ModelSpec.Format.ZIP_DIRECTORY) {
            return verifyFile(spec, installed, spec.sha256(), trustRecords);
        }
        List<UnpackedManifest.Entry> manifest;
        try {
            manifest = UnpackedManifest.read(installed);
        } catch (IOException e) {
            throw new ModelDamagedException(spec, "its file list " + installed.resolve(UnpackedManifest.FILE_NAME)
                    + " cannot be read");
        }
        if (manifest == null || manifest.isEmpty()) {
            throw new ModelDamagedException(spec, installed + " has no list of its files ("
                    + UnpackedManifest.FILE_NAME + ") to check them against");
        }
        Outcome worst = Outcome.EARLIER_IN_THIS_PROCESS;
        for (UnpackedManifest.Entry e : manifest) {
            Path file = installed.resolve(e.path()).normalize();
            if (!file.startsWith(installed) || !Files.isRegularFile(file)) {
                throw new ModelDamagedException(spec, file + " is missing");
            }
            Outcome o = verifyFile(spec, file, e.sha256(), trustRecords);
            worst = o.compareTo(worst) > 0 ? o : worst;
        }
        return worst;
    }

    private Outcome verifyFile(ModelSpec spec, Path file, String expectedSha256, boolean trustRecords) {
        ChecksumCache.Stamp stamp;
        try {
            stamp = ChecksumCache.Stamp.of(file);
        } catch (IOException e) {
            throw new ModelDamagedException(spec, file + " cannot be read (" + ModelInstallException.reason(e) + ")");
        }
        Path key = file.toAbsolutePath();
        if (trustRecords && stamp.equals(CHECKED_IN_PROCESS.get(key))) {
            return Outcome.EARLIER_IN_THIS_PROCESS;
        }
        Outcome outcome = Outcome.FROM_CACHE;
        String actual = trustRecords ? cache.lookup(file, stamp).orElse(null) : null;
        if (actual == null) {
            actual = hash(spec, file);
            outcome = Outcome.HASHED;
            cache.record(file, stamp, actual);
        }
        if (!actual.equals(expectedSha256)) {
            CHECKED_IN_PROCESS.remove(key);
            throw new ModelDamagedException(spec, file + " no longer has the sha256 it was installed with");
        }
        CHECKED_IN_PROCESS.put(key, stamp);
        return outcome;
    }

    /** Forgets what this process has checked, as a new process would start (for tests; only costs a re-check). */
    static void forgetChecksOfThisProcess() {
        CHECKED_IN_PROCESS.clear();
    }

    /** Records a file just installed from verified bytes, so its first use need not hash it again. */
    void installed(Path file, String sha256) {
        try {
            cache.record(file, ChecksumCache.Stamp.of(file), sha256);
        } catch (IOException e) {
            // not recorded: the first use hashes it
        }
    }

    private static String hash(ModelSpec spec, Path file) {
        try {
            return ModelStore.sha256(file);
        } catch (UncheckedIOException e) {
            throw new ModelDamagedException(spec, file + " cannot be read (" + ModelInstallException.reason(e.getCause())
                    + ")");
        }
    }
}
