package io.interviewcoach.cli;

import io.quarkus.picocli.runtime.annotations.TopCommand;
import picocli.CommandLine.Command;

@TopCommand
@Command(name = "coach", mixinStandardHelpOptions = true, description = "Interview practice coach")
public class CoachCommand {
}
