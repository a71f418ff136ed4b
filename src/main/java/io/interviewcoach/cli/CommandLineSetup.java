package io.interviewcoach.cli;

import java.io.PrintWriter;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

import io.quarkus.picocli.runtime.PicocliCommandLineFactory;
import picocli.CommandLine;

/** The command line every subcommand is parsed with: picocli's defaults plus plain messages for bad file names. */
@ApplicationScoped
class CommandLineSetup {

    @Produces
    CommandLine commandLine(PicocliCommandLineFactory factory) {
        return configure(factory.create());
    }

    static CommandLine configure(CommandLine commandLine) {
        commandLine.registerConverter(Path.class, CommandLineSetup::toPath);
        CommandLine.IParameterExceptionHandler picocliDefault = commandLine.getParameterExceptionHandler();
        return commandLine.setParameterExceptionHandler((ex, args) -> {
            if (ex.getCause() instanceof UnusableFileName bad) {
                PrintWriter err = ex.getCommandLine().getErr();
                err.println(ex.getCommandLine().getCommandSpec().qualifiedName() + ": " + bad.getMessage());
                err.flush();
                return ExitCodes.USAGE;
            }
            return picocliDefault.handleParseException(ex, args);
        });
    }

    private static Path toPath(String value) {
        try {
            return Path.of(value);
        } catch (InvalidPathException e) {
            throw new UnusableFileName(unusableFileName(value));
        }
    }

    /**
     * Java decodes file names with the locale's character set; under LANG=C that is ASCII, so a name with
     * "é" in it cannot even be represented, let alone opened.
     */
    static String unusableFileName(String value) {
        String charset = System.getProperty("sun.jnu.encoding", "UTF-8");
        if (!charset.equalsIgnoreCase("UTF-8") && !charset.equalsIgnoreCase("UTF8")) {
            return "cannot use the file name '" + value + "': it has characters the current locale's character set ("
                    + charset + ") cannot represent; run with a UTF-8 locale (e.g. LANG=C.UTF-8) or rename the file";
        }
        return "'" + value + "' is not a valid file name; rename the file or give another path";
    }

    /** A command-line value that cannot be a path; its message is the whole story for the user. */
    static final class UnusableFileName extends CommandLine.TypeConversionException {
        UnusableFileName(String message) {
            super(message);
        }
    }
}
