package io.interviewcoach.live.cues;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.interviewcoach.fusion.WindowResults;

/** Filler and loudness cues from the real voice analyzer on generated answers, without a recognizer. */
class VoiceCuesRealAudioTest {
    @TempDir
    Path dir;

    @Test
    void anAnswerFullOfHesitationsGetsFewerFillersFromAcousticFilledPauses() {
        List<WindowResults> windows = ReplayedClips.windows(SpokenAnswer.hesitant(dir));
        int heard = windows.stream().mapToInt(w -> w.voice().filledPauses()).sum();
        List<Cue> cues = CueTimeline.replay(windows, CueSettings.defaults(), EnumSet.of(CueFocus.FILLERS));
        System.out.printf("hesitant answer: %.0f s, %d filled pauses heard, cues %s%n",
                windows.get(windows.size() - 1).endSec(), heard, cues);
        assertTrue(heard >= 5, "filled pauses heard: " + heard);
        assertEquals(List.of(CueKind.FEWER_FILLERS), cues.stream().map(Cue::kind).toList());
        assertEquals("fillers", cues.get(0).group());
        // judged once the trailing span holds 20 s of speech, then held for 10 s
        assertTrue(cues.get(0).t() >= 30 && cues.get(0).t() <= 50, cues.toString());
        // the fluent answer has none
        assertEquals(List.of(), CueTimeline.replay(ReplayedClips.windows(SpokenAnswer.speak(dir, 120)),
                CueSettings.defaults(), EnumSet.of(CueFocus.FILLERS)));
    }

    @Test
    void aQuietAnswerGetsSpeakUpFirst() {
        List<WindowResults> windows = ReplayedClips.windows(SpokenAnswer.quiet(dir, 120, 25));
        List<Cue> cues = CueTimeline.replay(windows);
        System.out.println("quiet answer cues " + cues);
        assertEquals(CueKind.SPEAK_UP, cues.get(0).kind(), cues.toString());
        assertEquals(5.0, cues.get(0).t(), 1.0, cues.toString());
        assertEquals("voice", cues.get(0).group());
    }
}
