package io.interviewcoach.models;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Installs models from a local folder (a mirror such as ../shared/models), found by file name or by sha256. */
public final class MirrorInstaller {
    private final ModelStore store;

    public MirrorInstaller(ModelStore store) {
        this.store = store;
    }

    /** Installs the model if the mirror has it; returns the installed path, or empty if the mirror lacks it. */
    public Optional<Path> install(ModelSpec spec, Path mirror) {
        Optional<Path> candidate = find(spec, mirror);
        if (candidate.isEmpty()) {
            return Optional.empty();
        }
        try {
            Files.createDirectories(store.dir());
            Path tmp = Files.createTempFile(store.dir(), spec.fileName(), ".part");
            try {
                Files.copy(candidate.get(), tmp, StandardCopyOption.REPLACE_EXISTING);
                String actual = ModelStore.sha256(tmp);
                if (!actual.equals(spec.sha256())) {
                    throw new ChecksumMismatchException(spec, actual);
                }
                Files.move(tmp, store.pathOf(spec), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(tmp);
            }
            return Optional.of(store.pathOf(spec));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot install " + spec.id() + " into " + store.dir() + ": " + e.getMessage(), e);
        }
    }

    private static Optional<Path> find(ModelSpec spec, Path mirror) {
        if (!Files.isDirectory(mirror)) {
            return Optional.empty();
        }
        try (Stream<Path> files = Files.walk(mirror, 4)) {
            List<Path> all = files.filter(Files::isRegularFile).toList();
            Optional<Path> byName = all.stream().filter(p -> p.getFileName().toString().equals(spec.fileName())).findFirst();
            if (byName.isPresent()) {
                return byName;
            }
            return all.stream()
                    .filter(p -> sizeMatches(p, spec))
                    .filter(p -> ModelStore.sha256(p).equals(spec.sha256()))
                    .findFirst();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read mirror " + mirror + ": " + e.getMessage(), e);
        }
    }

    private static boolean sizeMatches(Path p, ModelSpec spec) {
        try {
            return spec.sizeBytes() == 0 || Files.size(p) == spec.sizeBytes();
        } catch (IOException e) {
            return false;
        }
    }
}
