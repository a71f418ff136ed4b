package io.interviewcoach.fusion;

/**
 * Every band that turns a raw measurement into a 0-100 sub-score, in one place; docs/scoring.md (fusion)
 * lists the same numbers. Raw units: ratios are 0..1, rates per minute, pitch variation in semitones.
 * {@code clippedSampleRatio}: from this share of clipped audio samples on, voice clarity and volume consistency
 * are not scored and the feedback asks to lower the input gain instead.
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
        Band analyzerScore,
        double clippedSampleRatio) {

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
                Band.of("≤ 2 hedges/min",
                        "hedges (\"I think\", \"maybe\", \"sort of\") mark the powerless speech style rated less"
                                + " competent (Erickson et al. 1978); speech analyzer: ≤ 2/min confident, > 4/min unsure",
                        2, 100, 4, 60, 8, 0),
                Band.of("≥ 0.70 distinct-word share (MATTR, 50 words)",
                        "Naim et al. 2015: more unique words rated better; MATTR (Covington & McFall 2010) bands of"
                                + " the speech analyzer: < 0.60 repetitive, ≥ 0.70 varied",
                        0.5, 0, 0.6, 60, 0.7, 100),
                Band.of("≥ 2.5 semitones (below 1.5 sounds monotone)",
                        "Hincks 2005 (pitch variation and perceived liveliness); the voice analyzer calls a pitch"
                                + " spread (SD) under 1.5 semitones monotone",
                        0, 0, 1, 20, 1.5, 45, 2.5, 85, 3.5, 100),
                Band.of("55–90 % of the time speaking",
                        "an answer is mostly speech with short pauses; heuristic band",
                        0, 0, 0.3, 30, 0.55, 100, 0.9, 100, 1.0, 85),
                Band.of("≤ 1 long pause/min",
                        "occasional thinking pauses are fine; repeated long silences read as losing the thread;"
                                + " heuristic band",
                        1, 100, 2, 80, 4, 40, 8, 0),
                Band.of("≥ 85 % of the time looking at the camera",
                        "the face analyzer's eyeContactScore mapping: speakers avert gaze while thinking (Argyle &"
                                + " Cook 1976; Glenberg et al. 1998), so 85 % is full marks; under 30 % the viewer"
                                + " rarely feels addressed",
                        0.3, 0, 0.85, 100),
                Band.of("8–32 blinks/min",
                        "spontaneous blink rate: about 17/min at rest, 26/min in conversation (Bentivoglio et al."
                                + " 1997); markedly higher rates accompany stress, very low ones staring",
                        0, 40, 4, 70, 8, 100, 32, 100, 45, 60, 60, 20),
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
                        0, 0, 100, 100),
                // 1 % of the samples at full scale is audible distortion on every loud syllable.
                0.01);
    }
}
