package io.interviewcoach.fusion;

/**
 * Every band that turns a raw measurement into a 0-100 sub-score, in one place; docs/scoring-fusion.md
 * lists the same numbers. Raw units: ratios are 0..1, rates per minute, pitch variation in semitones.
 */
public record Targets(
        Band wordsPerMinute,
        double syllablesPerWord,
        Band fillersPerMin,
        Band hedgesPerMin,
        Band vocabularyDiversity,
        Band pitchVariationSemitones,
        Band speechRatio,
        Band longPausesPerMin,
        Band eyeContactRatio,
        Band blinkRatePerMin,
        Band smileRatio,
        Band faceVisibleRatio,
        Band bodyVisibleRatio,
        Band analyzerScore) {

    public static Targets defaults() {
        return new Targets(
                Band.of("120–160 words/min",
                        "about 120-160 wpm is usually judged comfortable (MACH, Hoque et al. 2013: pace feedback"
                                + " rated most useful; common presentation guidance)",
                        50, 0, 90, 60, 120, 100, 160, 100, 190, 60, 230, 0),
                // English conversational speech averages about 1.5 syllables per word.
                1.5,
                Band.of("≤ 2 fillers/min",
                        "Naim et al. 2015 (MIT interview dataset): fewer fillers rated better; a few per minute is"
                                + " normal in spontaneous speech, ≥ 8/min is clearly distracting",
                        0, 100, 2, 100, 4, 75, 8, 25, 12, 0),
                Band.of("≤ 1 hedge/min",
                        "hedges (\"I think\", \"maybe\", \"sort of\") weaken perceived confidence; heuristic band",
                        1, 100, 3, 70, 6, 30, 10, 0),
                Band.of("≥ 0.5 distinct words per word",
                        "Naim et al. 2015: more unique words rated better; heuristic band for a 1-3 minute answer",
                        0.2, 0, 0.3, 50, 0.4, 85, 0.5, 100),
                Band.of("≥ 3 semitones (below 2 sounds monotone)",
                        "Hincks 2005 (pitch variation and perceived liveliness); F0 spread under ~2 semitones is"
                                + " heard as monotone",
                        0, 0, 1, 25, 2, 60, 3, 90, 4, 100),
                Band.of("55–90 % of the time speaking",
                        "an answer is mostly speech with short pauses; heuristic band",
                        0, 0, 0.3, 30, 0.55, 100, 0.9, 100, 1.0, 85),
                Band.of("≤ 1 long pause/min",
                        "occasional thinking pauses are fine; repeated long silences read as losing the thread;"
                                + " heuristic band",
                        1, 100, 2, 80, 4, 40, 8, 0),
                Band.of("≥ 60 % of the time looking at the camera",
                        "speakers hold mutual gaze roughly 40-70 % of the time (Argyle & Cook 1976); video-interview"
                                + " guidance asks for most of the time on the lens",
                        0, 0, 0.3, 35, 0.45, 70, 0.6, 100),
                Band.of("8–25 blinks/min",
                        "spontaneous blink rate at rest/in conversation is roughly 8-25/min (Bentivoglio et al."
                                + " 1997); higher rates accompany stress",
                        0, 40, 4, 70, 8, 100, 25, 100, 35, 70, 50, 30),
                Band.of("≥ 15 % of the time smiling",
                        "Naim et al. 2015: smiling rated higher (friendliness, excitement); heuristic band",
                        0, 30, 0.05, 55, 0.15, 100),
                Band.of("≥ 90 % of the time face in frame",
                        "the face must be visible for eye contact and expression to count",
                        0, 0, 0.5, 40, 0.9, 100),
                Band.of("≥ 80 % of the time upper body in frame",
                        "posture and gestures need head and shoulders in the picture",
                        0, 0, 0.5, 50, 0.8, 100),
                Band.of("≥ 70 / 100",
                        "already a 0-100 score from its analyzer (see docs/scoring.md of that analyzer)",
                        0, 0, 100, 100));
    }
}
