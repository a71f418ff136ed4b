package io.interviewcoach.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/**
 * A file name the locale cannot represent: under LANG=C Java decodes arguments as ASCII, so a name with "é" cannot
 * become a path at all. The child JVM runs the command line as the binary sets it up, under a real LANG=C.
 */
class CommandLineSetupTest {
    @TempDir
    Path dir;

    /** The child process: {@code analyze} parsed through the production command-line setup. */
    public static void main(String[] args) {
        System.exit(CommandLineSetup.configure(new CommandLine(new AnalyzeCommand())).execute(args));
    }

    @Test
    void aNonAsciiFileNameUnderLangCIsOnePlainSentenceNotTheUsageText() throws Exception {
        Path recording = Files.createFile(dir.resolve("entretien-café.mp4"));
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), CommandLineSetupTest.class.getName(), recording.toString());
        pb.environment().put("LANG", "C");
        pb.environment().put("LC_ALL", "C");
        pb.environment().remove("JAVA_TOOL_OPTIONS");
        Process p = pb.start();
        p.getOutputStream().close();
        boolean done = p.waitFor(60, TimeUnit.SECONDS);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.US_ASCII).strip();

        assertEquals(true, done);
        assertEquals(ExitCodes.USAGE, p.exitValue(), err);
        List<String> lines = err.lines().toList();
        assertEquals(1, lines.size(), err);
        String shownName = lines.get(0).replaceAll(".*file name '(.*)': .*", "$1");
        assertEquals("analyze: cannot use the file name '" + shownName + "': it has characters the current locale's "
                + "character set (ANSI_X3.4-1968) cannot represent; run with a UTF-8 locale (e.g. LANG=C.UTF-8) or "
                + "rename the file", lines.get(0));
        assertFalse(shownName.contains("é"), "the name really could not be decoded: " + shownName);
        for (String libraryText : List.of("InvalidPathException", "Usage:", "positional parameter", "\tat ")) {
            assertFalse(err.contains(libraryText), err);
        }
    }

    @Test
    void anOrdinaryFileNameIsStillAPath() {
        CommandLine cl = CommandLineSetup.configure(new CommandLine(new AnalyzeCommand()));
        cl.parseArgs("entretien-café.mp4");
        assertEquals(Path.of("entretien-café.mp4"), ((AnalyzeCommand) cl.getCommand()).file);
    }
}
