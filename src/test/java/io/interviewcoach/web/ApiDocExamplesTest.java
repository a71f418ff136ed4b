package io.interviewcoach.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import io.interviewcoach.job.JobsTestProfile;
import io.interviewcoach.testsupport.TestAssets;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** The curl walk-through of docs/api.md, run as written against the real server: the documentation cannot drift. */
@QuarkusTest
@TestProfile(JobsTestProfile.class)
class ApiDocExamplesTest {
    private static final Pattern BASH_BLOCK = Pattern.compile("```bash\\n(.*?)```", Pattern.DOTALL);

    @TestHTTPResource("/")
    URI base;

    @Test
    void theCurlExamplesOfApiMdRunAsWritten() throws Exception {
        Matcher m = BASH_BLOCK.matcher(Files.readString(Path.of("docs", "api.md")));
        assertTrue(m.find(), "docs/api.md has no bash block");
        Path dir = Files.createDirectories(Path.of("target", "api-doc-examples"));
        Files.copy(TestAssets.media("d9.mp4"), dir.resolve("answer.mp4"), StandardCopyOption.REPLACE_EXISTING);
        Path script = dir.resolve("walkthrough.sh");
        Files.writeString(script, "set -euo pipefail -x\n" + m.group(1));
        Path log = dir.resolve("walkthrough.log");
        ProcessBuilder pb = new ProcessBuilder("bash", script.getFileName().toString()).directory(dir.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("BASE", base.toString().replaceAll("/$", ""));
        Process p = pb.start();
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "the walk-through did not finish within 5 minutes");
        assertEquals(0, p.exitValue(), "docs/api.md's walk-through failed:\n" + Files.readString(log));
    }
}
