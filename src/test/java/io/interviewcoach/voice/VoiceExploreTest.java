package io.interviewcoach.voice;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.interviewcoach.testsupport.TestAssets;

class VoiceExploreTest {
    @TempDir
    Path dir;

    @Test
    void explore() {
        Path a = VoiceTestSupport.speak(dir, "a", "so I think", 150);
        Path um = VoiceTestSupport.speak(dir, "um", "umm", 150);
        Path b = VoiceTestSupport.speak(dir, "b", "the answer is", 150);
        Path uh = VoiceTestSupport.speak(dir, "uh", "uhh", 150);
        Path c = VoiceTestSupport.speak(dir, "c", "probably yes", 150);
        VoiceTestSupport.run(dir, "sox", um.toString(), "um2.wav", "tempo", "0.5");
        VoiceTestSupport.run(dir, "sox", uh.toString(), "uh2.wav", "tempo", "0.6");
        VoiceTestSupport.run(dir, "sox", a.toString(), "um2.wav", b.toString(), "uh2.wav", c.toString(), "all.wav");
        var st = VoiceTestSupport.analyze(dir.resolve("all.wav"));
        System.out.println("stretched " + st.summary().filledPauses() + st.windows());

        Path plain = VoiceTestSupport.speak(dir, "plain", "so I think umm the answer is uhh probably yes", 150);
        System.out.println("plain " + VoiceTestSupport.analyze(plain).summary().filledPauses());
        Path none = VoiceTestSupport.speak(dir, "none", "so I think the answer is probably yes", 150);
        System.out.println("none " + VoiceTestSupport.analyze(none).summary().filledPauses());
        for (int t = 0; t < 3; t++) {
            String[] texts = {"the quick brown fox jumps over the lazy dog and then it runs away into the forest",
                "we talked about the project and i explained how my team solved the problem in two weeks",
                "my last job was at a small company where I built tools for the sales team"};
            for (int wpm : new int[] {120, 160}) {
                System.out.println("fp " + t + " " + wpm + " " + VoiceTestSupport.analyze(VoiceTestSupport.speak(dir, "x", texts[t], wpm)).summary().filledPauses());
            }
        }
        var j = VoiceTestSupport.analyze(TestAssets.media("jfk.flac"));
        System.out.println("jfk " + j.summary().filledPauses() + "\n" + j.metrics() + j.analyzer().diagnostics());
        var k = VoiceTestSupport.analyze(TestAssets.media("katie_hill.mp4"));
        System.out.println("katie " + k.summary().filledPauses() + "\n" + k.metrics());
        for (String m : new String[] {"d9.mp4", "d12.mp4", "d14.mp4", "s20.mp4"}) {
            var x = VoiceTestSupport.analyze(TestAssets.media(m));
            System.out.println(m + " " + x.summary().filledPauses() + "\n" + x.metrics());
        }
    }
}
