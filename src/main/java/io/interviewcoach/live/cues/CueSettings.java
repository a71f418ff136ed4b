package io.interviewcoach.live.cues;

import io.interviewcoach.config.CoachConfig;
import io.interviewcoach.config.SettingsOverrides;
import io.interviewcoach.fusion.Targets;

/**
 * When live cues fire: the rate limit and, per cue, the threshold and how long it must hold. Defaults are defined
 * here only; {@code coach.cues.*} in application.yaml overrides any field in kebab-case (docs/live-cues.md says
 * why each default). A value out of range is refused with the key's name.
 *
 * @param intervalSec    at most one cue per this many seconds
 * @param repeatGapSec   the same cue is never given again within this many seconds
 * @param speakingRatio  a window counts as speaking when voice activity covers at least this share of it;
 *                       voice, pace and filler rules judge speaking windows only
 */
public record CueSettings(double intervalSec, double repeatGapSec, double speakingRatio, Pace pace, Fillers fillers,
        EyeContact eyeContact, Posture posture, Loudness loudness, Tone tone) {

    public CueSettings {
        positive("interval-sec", intervalSec);
        positive("repeat-gap-sec", repeatGapSec);
        within("speaking-ratio", speakingRatio, 0, 1);
        required("pace", pace);
        required("fillers", fillers);
        required("eye-contact", eyeContact);
        required("posture", posture);
        required("loudness", loudness);
        required("tone", tone);
    }

    public static CueSettings defaults() {
        return new CueSettings(20, 60, 0.5,
                new Pace(6, 10, 4, Targets.defaults().syllablesPerWord(), 185, 100),
                new Fillers(10, 60, 20, 6),
                new EyeContact(2, 0.5),
                new Posture(8, 60),
                new Loudness(5, -35),
                new Tone(10, 20, 10, 1.0));
    }

    /** The defaults with {@code coach.cues.*} applied; an unknown key or a bad value is an IllegalArgumentException. */
    public static CueSettings from(CoachConfig config) {
        return SettingsOverrides.apply("cues", defaults(), config.cues());
    }

    /**
     * "Slow down" and "Pick up the pace": words per minute while speaking, from the recognizer's partial results
     * or, without one, from syllable nuclei over the speaking time of the trailing span.
     *
     * @param holdSec          seconds of speaking the pace must stay out of range before a cue
     * @param spanSec          trailing span of the syllable-based rate
     * @param minSpeakingSec   speaking seconds the span needs before the syllable-based rate is judged
     * @param syllablesPerWord converts syllables/s to words/min (English averages about 1.5)
     * @param fastAboveWpm     "Slow down" above this rate
     * @param slowBelowWpm     "Pick up the pace" below this rate
     */
    public record Pace(double holdSec, double spanSec, double minSpeakingSec, double syllablesPerWord,
            double fastAboveWpm, double slowBelowWpm) {
        public Pace {
            positive("pace.hold-sec", holdSec);
            positive("pace.span-sec", spanSec);
            within("pace.min-speaking-sec", minSpeakingSec, 0, spanSec);
            within("pace.syllables-per-word", syllablesPerWord, 1, 3);
            positive("pace.slow-below-wpm", slowBelowWpm);
            if (fastAboveWpm <= slowBelowWpm) {
                throw new IllegalArgumentException("coach.cues.pace.fast-above-wpm (" + fastAboveWpm
                        + ") must be above coach.cues.pace.slow-below-wpm (" + slowBelowWpm + ")");
            }
        }
    }

    /**
     * "Fewer fillers": fillers per minute of speaking over the trailing span (lexical fillers of the recognizer
     * or acoustic filled pauses, whichever counts more in a window).
     */
    public record Fillers(double holdSec, double spanSec, double minSpeakingSec, double perMinAbove) {
        public Fillers {
            positive("fillers.hold-sec", holdSec);
            positive("fillers.span-sec", spanSec);
            within("fillers.min-speaking-sec", minSpeakingSec, 0, spanSec);
            positive("fillers.per-min-above", perMinAbove);
        }
    }

    /** "Look at the camera": a window's eye-contact share below {@code below} while the face is visible. */
    public record EyeContact(double holdSec, double below) {
        public EyeContact {
            positive("eye-contact.hold-sec", holdSec);
            within("eye-contact.below", below, 0, 1);
        }
    }

    /** "Sit up straight": a window's posture score (0-100) below {@code scoreBelow}. */
    public record Posture(double holdSec, double scoreBelow) {
        public Posture {
            positive("posture.hold-sec", holdSec);
            within("posture.score-below", scoreBelow, 0, 100);
        }
    }

    /** "Speak up": the voiced level of a speaking window (dBFS RMS) below {@code belowDb}. */
    public record Loudness(double holdSec, double belowDb) {
        public Loudness {
            positive("loudness.hold-sec", holdSec);
            within("loudness.below-db", belowDb, -90, 0);
        }
    }

    /**
     * "Vary your tone": the spread (standard deviation, semitones) of the speaking windows' median pitch over the
     * trailing span below {@code spreadBelowSemitones}.
     */
    public record Tone(double holdSec, double spanSec, double minSpeakingSec, double spreadBelowSemitones) {
        public Tone {
            positive("tone.hold-sec", holdSec);
            positive("tone.span-sec", spanSec);
            within("tone.min-speaking-sec", minSpeakingSec, 0, spanSec);
            positive("tone.spread-below-semitones", spreadBelowSemitones);
        }
    }

    private static void positive(String key, double value) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("coach.cues." + key + " must be a number above 0, got " + value);
        }
    }

    private static void within(String key, double value, double min, double max) {
        if (!(value >= min && value <= max)) {
            throw new IllegalArgumentException("coach.cues." + key + " must be between " + min + " and " + max
                    + ", got " + value);
        }
    }

    private static void required(String key, Object group) {
        if (group == null) {
            throw new IllegalArgumentException("coach.cues." + key + " is missing");
        }
    }
}
