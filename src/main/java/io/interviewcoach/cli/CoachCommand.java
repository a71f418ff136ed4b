package io.interviewcoach.cli;

import io.interviewcoach.bench.BenchCommand;
import io.quarkus.picocli.runtime.annotations.TopCommand;
import picocli.CommandLine.Command;

@TopCommand
@Command(name = "coach", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Interview practice coach: live coaching and reports on posture, face, voice and speech.",
        subcommands = {AnalyzeCommand.class, ModelsCommand.class, BenchCommand.class, ServeCommand.class})
public class CoachCommand {
}
