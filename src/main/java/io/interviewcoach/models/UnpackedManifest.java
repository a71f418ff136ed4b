package io.interviewcoach.models;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The list of files a zipped model was unpacked into, written inside its folder ({@value #FILE_NAME}) right after
 * the archive's sha256 was verified and the files were unpacked from it: one line per file,
 * {@code sha256 size relative/path}. It is what an unpacked model is checked against later.
 */
final class UnpackedManifest {
    static final String FILE_NAME = ".coach-manifest";

    /** One unpacked file: its path inside the model folder, its size and sha256. */
    record Entry(String path, long size, String sha256) {
    }

    private UnpackedManifest() {
    }

    static void write(Path modelDir, List<Entry> entries) throws IOException {
        List<String> lines = entries.stream().map(e -> e.sha256() + " " + e.size() + " " + e.path()).toList();
        Files.write(modelDir.resolve(FILE_NAME), lines, StandardCharsets.UTF_8);
    }

    /** The entries, or null when the folder has no manifest (unpacked by an older version, or by hand). */
    static List<Entry> read(Path modelDir) throws IOException {
        Path file = modelDir.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        List<Entry> entries = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String[] f = line.split(" ", 3);
            if (f.length != 3 || !f[0].matches("[0-9a-f]{64}") || !f[1].matches("[0-9]+")) {
                throw new IOException("garbled line in " + file + ": " + line);
            }
            entries.add(new Entry(f[2], Long.parseLong(f[1]), f[0]));
        }
        return entries;
    }
}
