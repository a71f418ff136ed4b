package io.interviewcoach.live.cues;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.interviewcoach.testsupport.SyntheticMedia;

/** An interview answer of about 190 words spoken by espeak-ng at a chosen rate (words per minute). */
final class SpokenAnswer {
    static final String TEXT = "In my last role I led a small team that rebuilt the billing system for our largest"
            + " customers. The old system had grown over ten years and nobody fully understood it anymore. We started"
            + " by writing tests around the parts that mattered most, so that every change could be checked against"
            + " real invoices from the previous month. Then we replaced one module at a time, and we shipped each"
            + " piece behind a switch so that we could turn it off within minutes if something went wrong. The"
            + " hardest part was not the code but the people. The finance team depended on the old reports, and they"
            + " were worried that the numbers would change. I set up a weekly meeting with them where we compared"
            + " the old and the new results line by line, and after a month they trusted the new system more than"
            + " the old one. In the end we cut the time to produce the monthly invoices from three days to four"
            + " hours, and the number of billing complaints dropped by half. What I learned is that a technical"
            + " project succeeds when the people who depend on it can see every step and feel safe along the way.";

    static final int WORDS = TEXT.split("\\s+").length;

    private SpokenAnswer() {
    }

    static Path speak(Path dir, int wpm) {
        Path wav = dir.resolve("answer-" + wpm + ".wav");
        SyntheticMedia.run(List.of("espeak-ng", "-s", String.valueOf(wpm), "-w", wav.toString(), TEXT));
        return wav;
    }

    /**
     * The answer's phrases (split at commas and full stops) at 140 wpm with a hesitation after each: espeak's
     * "umm" / "uhh" stretched to about
     * 0.6 s (tempo 0.5, pitch and spectrum kept), the length of a real filled pause.
     */
    static Path hesitant(Path dir) {
        List<String> parts = new ArrayList<>(List.of("sox"));
        String[] sentences = TEXT.split("(?<=[.,]) ");
        for (int i = 0; i < sentences.length; i++) {
            Path sentence = dir.resolve("sentence-" + i + ".wav");
            SyntheticMedia.run(List.of("espeak-ng", "-s", "140", "-w", sentence.toString(), sentences[i]));
            Path filler = dir.resolve("filler-" + i + ".wav");
            Path raw = dir.resolve("filler-raw-" + i + ".wav");
            SyntheticMedia.run(List.of("espeak-ng", "-s", "150", "-w", raw.toString(), i % 2 == 0 ? "umm" : "uhh"));
            SyntheticMedia.run(List.of("sox", raw.toString(), filler.toString(), "silence", "1", "0.005", "0.1%",
                    "reverse", "silence", "1", "0.005", "0.1%", "reverse", "tempo", "0.5"));
            parts.add(sentence.toString());
            parts.add(filler.toString());
        }
        Path out = dir.resolve("hesitant.wav");
        parts.add(out.toString());
        SyntheticMedia.run(parts);
        return out;
    }

    /** The answer at {@code wpm} turned down by {@code db} decibels. */
    static Path quiet(Path dir, int wpm, int db) {
        Path out = dir.resolve("quiet-" + wpm + "-" + db + ".wav");
        SyntheticMedia.run(List.of("sox", speak(dir, wpm).toString(), out.toString(), "gain", String.valueOf(-db)));
        return out;
    }

    static double durationSec(Path wav) {
        return Double.parseDouble(SyntheticMedia.output(List.of("soxi", "-D", wav.toString())).trim());
    }
}
