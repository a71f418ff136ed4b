package io.interviewcoach.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The files {@code analyze} will write, checked before minutes of analysis are spent: none may be a folder,
 * none may be the input recording (compared as files, so a symbolic or hard link to the input counts), no two
 * may be the same file, and each folder must be writable.
 */
final class OutputTargets {
    /** One output option and the path given to it. */
    record Target(String option, Path path) {
    }

    private OutputTargets() {
    }

    /** Throws {@link Refused} with the exit code and one sentence for the first output that cannot be used. */
    static void check(Path input, List<Target> requested) {
        List<Target> targets = requested.stream().filter(t -> t.path() != null).toList();
        for (Target t : targets) {
            if (Files.isDirectory(t.path())) {
                throw new Refused(ExitCodes.OUTPUT_FAILED, "cannot write " + t.option() + " " + t.path()
                        + ": it is a folder; give a file name, e.g. " + t.path().resolve(exampleName(t.option())));
            }
            if (sameFile(t.path(), input)) {
                boolean sameName = t.path().toAbsolutePath().normalize().equals(input.toAbsolutePath().normalize());
                throw new Refused(ExitCodes.USAGE, t.option() + " " + t.path() + " is the input recording"
                        + (sameName ? "" : " " + input + " (through a link)")
                        + " and would be overwritten; choose another output file");
            }
        }
        List<Target> seen = new ArrayList<>();
        for (Target t : targets) {
            for (Target earlier : seen) {
                if (sameFile(earlier.path(), t.path())) {
                    throw new Refused(ExitCodes.USAGE, earlier.option() + " and " + t.option() + " both write "
                            + t.path() + " and would overwrite each other; give each its own file");
                }
            }
            seen.add(t);
        }
        for (Target t : targets) {
            checkWritable(t);
        }
    }

    /**
     * Whether two paths name one file: for files that exist the file system decides (same device and inode,
     * whatever links lead there); a file not yet there is compared by its real folder and its name.
     */
    static boolean sameFile(Path a, Path b) {
        try {
            if (Files.exists(a) && Files.exists(b)) {
                return Files.isSameFile(a, b);
            }
        } catch (IOException e) {
            // fall through to comparing the names
        }
        return whereItWouldBe(a).equals(whereItWouldBe(b));
    }

    private static Path whereItWouldBe(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        Path parent = abs.getParent();
        if (parent == null) {
            return abs;
        }
        try {
            return parent.toRealPath().resolve(abs.getFileName());
        } catch (IOException e) {
            return abs;
        }
    }

    private static void checkWritable(Target t) {
        Path dir = t.path().toAbsolutePath().getParent();
        try {
            Files.createDirectories(dir);
            Files.delete(Files.createTempFile(dir, ".coach-write-check", ".tmp"));
        } catch (IOException | RuntimeException e) {
            throw new Refused(ExitCodes.OUTPUT_FAILED, "cannot write " + t.path() + ": folder " + dir
                    + " is not writable; choose another place for " + t.option());
        }
    }

    private static String exampleName(String option) {
        return switch (option) {
            case "--json" -> "report.json";
            case "--html" -> "report.html";
            default -> "overlay.mp4";
        };
    }

    /** An output that cannot be used, with the exit code that says why. */
    static final class Refused extends RuntimeException {
        private final int exitCode;

        Refused(int exitCode, String message) {
            super(message);
            this.exitCode = exitCode;
        }

        int exitCode() {
            return exitCode;
        }
    }
}
