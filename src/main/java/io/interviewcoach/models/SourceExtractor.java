package io.interviewcoach.models;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

/**
 * Reads one source's bytes once, as they arrive, and writes every wanted model out of them: the whole
 * body for a direct source, or for an npm .tgz the named entry, or the byte range [rangeStart, rangeEnd)
 * of it. Several models from one tarball (pose lite and full; face detector and face mesh, which sit in
 * the same packed .data file) cost one download, and reading stops once the last wanted byte is in.
 * Read failures surface as IOException; write failures as {@link ModelInstallException}.
 */
final class SourceExtractor {
    private static final int BUFFER = 1 << 16;

    private SourceExtractor() {
    }

    /** All targets share one source URL (and so are all tarball entries or all direct). */
    static void extract(InputStream source, String sourceName, List<StagedFile> targets) throws IOException {
        if (targets.get(0).spec().source().isTarball()) {
            extractFromTarball(source, sourceName, targets);
        } else {
            copyWhole(source, targets);
        }
    }

    private static void copyWhole(InputStream in, List<StagedFile> targets) throws IOException {
        byte[] buf = new byte[BUFFER];
        int n;
        while ((n = in.read(buf)) >= 0) {
            for (StagedFile t : targets) {
                t.write(buf, 0, n);
            }
        }
    }

    private static void extractFromTarball(InputStream source, String sourceName, List<StagedFile> targets)
            throws IOException {
        Map<String, List<StagedFile>> byEntry = new LinkedHashMap<>();
        for (StagedFile t : targets) {
            byEntry.computeIfAbsent(normalize(t.spec().source().entry()), k -> new ArrayList<>()).add(t);
        }
        Set<String> remaining = new HashSet<>(byEntry.keySet());
        // Not closed here: closing would drain or abort the caller's stream; the caller owns it.
        TarArchiveInputStream tar = new TarArchiveInputStream(new GzipCompressorInputStream(source));
        TarArchiveEntry entry;
        while (!remaining.isEmpty() && (entry = tar.getNextEntry()) != null) {
            String name = normalize(entry.getName());
            if (!entry.isFile() || !remaining.contains(name)) {
                continue;
            }
            copySlices(tar, sourceName, name, entry.getSize(), byEntry.get(name));
            remaining.remove(name);
        }
        if (!remaining.isEmpty()) {
            throw new ModelInstallException(sourceName + " has no entry " + String.join(", ", remaining)
                    + "; the catalog and the package disagree, so nothing was installed");
        }
    }

    /** Streams one entry, handing each target the part of every chunk that falls in its byte range. */
    private static void copySlices(InputStream entryIn, String sourceName, String entryName, long entrySize,
            List<StagedFile> targets) throws IOException {
        long[] starts = new long[targets.size()];
        long[] ends = new long[targets.size()];
        long last = 0;
        for (int i = 0; i < targets.size(); i++) {
            ModelSource src = targets.get(i).spec().source();
            starts[i] = src.hasRange() ? src.rangeStart() : 0;
            ends[i] = src.hasRange() ? src.rangeEnd() : entrySize;
            if (ends[i] > entrySize) {
                throw new ModelInstallException(entryName + " in " + sourceName + " is " + entrySize
                        + " bytes, too short for " + targets.get(i).spec().id() + " at bytes [" + starts[i] + ", "
                        + ends[i] + "); nothing was installed");
            }
            last = Math.max(last, ends[i]);
        }
        byte[] buf = new byte[BUFFER];
        long pos = 0;
        while (pos < last) {
            int n = entryIn.read(buf, 0, (int) Math.min(buf.length, last - pos));
            if (n < 0) {
                throw new IOException(entryName + " ended after " + pos + " of " + entrySize + " bytes");
            }
            for (int i = 0; i < targets.size(); i++) {
                long from = Math.max(pos, starts[i]);
                long to = Math.min(pos + n, ends[i]);
                if (from < to) {
                    targets.get(i).write(buf, (int) (from - pos), (int) (to - from));
                }
            }
            pos += n;
        }
    }

    private static String normalize(String entryName) {
        return entryName.startsWith("./") ? entryName.substring(2) : entryName;
    }
}
