package io.interviewcoach.voice;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.interviewcoach.testsupport.TestAssets;

class VoiceExploreTest {
    @TempDir
    Path dir;

    void show(String label, VoiceTestSupport.Run r) {
        System.out.println("== " + label + "\n" + r.metrics() + "\n" + r.summary().filledPauses() + "\n" + r.summary().events() + "\n" + r.analyzer().diagnostics());
    }

    @Test
    void explore() {
        show("jfk", VoiceTestSupport.analyze(TestAssets.media("jfk.flac")));
        show("katie", VoiceTestSupport.analyze(TestAssets.media("katie_hill.mp4")));
        String text = "the quick brown fox jumps over the lazy dog and then it runs away into the forest";
        for (int wpm : new int[] {120, 160, 200}) {
            Path p = VoiceTestSupport.speak(dir, "s" + wpm, text, wpm);
            show("espeak " + wpm + " dur=" + VoiceTestSupport.durationSec(dir, p), VoiceTestSupport.analyze(p));
        }
        Path um = VoiceTestSupport.speak(dir, "um", "so I think [[V:::::m]] the answer is [[@::::]] probably yes", 150);
        show("um", VoiceTestSupport.analyze(um));
    }
}
