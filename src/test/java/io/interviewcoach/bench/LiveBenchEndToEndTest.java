package io.interviewcoach.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.interviewcoach.testsupport.TestAssets;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainLauncher;
import io.quarkus.test.junit.main.QuarkusMainTest;

@QuarkusMainTest
@TestProfile(LiveBenchEndToEndTest.TestModels.class)
class LiveBenchEndToEndTest {
    public static class TestModels implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("coach.models.dir", TestAssets.models().dir().toAbsolutePath().toString());
        }
    }

    @Test
    void scratch(QuarkusMainLauncher launcher) {
        LaunchResult r = launcher.launch("bench", "live", "--seconds", "2", "--media", TestAssets.media("d9.mp4").toString());
        System.out.println("OUT:\n" + r.getOutput() + "\nERR:\n" + r.getErrorOutput());
        assertEquals(1, r.exitCode());
    }
}
