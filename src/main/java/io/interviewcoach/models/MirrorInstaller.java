package io.interviewcoach.models;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Installs models from a local folder instead of the network (a mirror such as ../shared/models, or a
 * folder a user filled on another machine). For each model it looks, in this order, for: a file with the
 * model's name, a file of the model's size that hashes to its sha256, or the public source archive itself
 * (e.g. {@code pose-0.5.1675469404.tgz}, from which the entry and byte range are cut as a download would).
 * Whatever it takes is verified against the catalog's sha256 and moved in atomically, like a download.
 */
public final class MirrorInstaller {
    private static final int MAX_DEPTH = 4;

    private final ModelStore store;

    public MirrorInstaller(ModelStore store) {
        this.store = store;
    }

    /**
     * Installs the model if the mirror has it; returns the installed path, or empty if the mirror lacks it.
     * Throws {@link ChecksumMismatchException} when the mirror has only a wrong file by that name.
     */
    public Optional<Path> install(ModelSpec spec, Path mirror) {
        if (!Files.isDirectory(mirror)) {
            return Optional.empty();
        }
        List<Path> files = listFiles(mirror);
        ChecksumMismatchException wrongByName = null;
        for (Path p : files) {
            if (p.getFileName().toString().equals(spec.fileName())) {
                try {
                    return Optional.of(copyIn(spec, p));
                } catch (ChecksumMismatchException e) {
                    wrongByName = e;
                }
            }
        }
        if (spec.sizeBytes() > 0) {
            for (Path p : files) {
                if (sizeIs(p, spec.sizeBytes()) && ModelStore.sha256(p).equals(spec.sha256())) {
                    return Optional.of(copyIn(spec, p));
                }
            }
        }
        String archive = spec.source().archiveFileName();
        if (!archive.equals(spec.fileName())) {
            for (Path p : files) {
                if (p.getFileName().toString().equals(archive)) {
                    return Optional.of(extractFromArchive(spec, p));
                }
            }
        }
        if (wrongByName != null) {
            throw wrongByName;
        }
        return Optional.empty();
    }

    /** What the mirror is searched for, for a "not found" message. */
    public static String lookedFor(ModelSpec spec) {
        String archive = spec.source().archiveFileName();
        String byName = archive.equals(spec.fileName()) ? spec.fileName() : spec.fileName() + " or " + archive;
        return byName + (spec.sizeBytes() > 0 ? " or a file with sha256 " + spec.sha256() : "");
    }

    private Path copyIn(ModelSpec spec, Path file) {
        try (StagedFile staged = StagedFile.create(store, spec); InputStream in = Files.newInputStream(file)) {
            byte[] buf = new byte[1 << 16];
            int n;
            while ((n = in.read(buf)) >= 0) {
                staged.write(buf, 0, n);
            }
            return staged.commit("the mirror's file " + file);
        } catch (IOException e) {
            throw new ModelInstallException("Cannot read " + file + " (" + ModelInstallException.reason(e) + ")", e);
        }
    }

    private Path extractFromArchive(ModelSpec spec, Path archive) {
        try (StagedFile staged = StagedFile.create(store, spec); InputStream in = Files.newInputStream(archive)) {
            SourceExtractor.extract(in, archive.toString(), List.of(staged));
            return staged.commit("the bytes cut from the mirror's " + archive);
        } catch (IOException e) {
            throw new ModelInstallException("Cannot read " + archive + " (" + ModelInstallException.reason(e)
                    + "); is it a complete .tgz?", e);
        }
    }

    private static List<Path> listFiles(Path mirror) {
        try (Stream<Path> walk = Files.walk(mirror, MAX_DEPTH, FileVisitOption.FOLLOW_LINKS)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new ModelInstallException("Cannot read the mirror folder " + mirror + " (" + ModelInstallException.reason(e) + ")", e);
        }
    }

    private static boolean sizeIs(Path p, long size) {
        try {
            return Files.size(p) == size;
        } catch (IOException e) {
            return false;
        }
    }
}
