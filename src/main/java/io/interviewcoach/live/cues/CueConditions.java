package io.interviewcoach.live.cues;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

import io.interviewcoach.face.FaceWindow;
import io.interviewcoach.fusion.WindowResults;

/** Judges, window by window, whether each cue's problem is present (true), absent (false) or unmeasured (null). */
final class CueConditions {
    /** One cue's judgement of one window and the measurement behind it (null when unmeasured). */
    record Condition(Boolean holds, String measured) {
        static final Condition UNMEASURED = new Condition(null, null);

        static Condition of(boolean holds, String format, Object... args) {
            return new Condition(holds, String.format(Locale.ROOT, format, args));
        }
    }

    private final CueSettings settings;
    private final PaceMeter pace;
    private final FillerMeter fillers;
    private final ToneMeter tone;

    CueConditions(CueSettings settings) {
        this.settings = settings;
        this.pace = new PaceMeter(settings.pace());
        this.fillers = new FillerMeter(settings.fillers());
        this.tone = new ToneMeter(settings.tone());
    }

    Map<CueKind, Condition> judge(WindowResults r) {
        SpeakingTime speaking = SpeakingTime.of(r, settings.speakingRatio());
        Map<CueKind, Condition> out = new EnumMap<>(CueKind.class);
        PaceMeter.Pace rate = pace.measure(r, speaking);
        CueSettings.Pace p = settings.pace();
        out.put(CueKind.SLOW_DOWN, rate == null ? Condition.UNMEASURED : Condition.of(
                rate.wordsPerMinute() > p.fastAboveWpm(), "%.0f wpm (%s), fast above %.0f", rate.wordsPerMinute(),
                rate.source(), p.fastAboveWpm()));
        out.put(CueKind.PICK_UP_PACE, rate == null ? Condition.UNMEASURED : Condition.of(
                rate.wordsPerMinute() < p.slowBelowWpm(), "%.0f wpm (%s), slow below %.0f", rate.wordsPerMinute(),
                rate.source(), p.slowBelowWpm()));
        Double fillersPerMin = fillers.perMinute(r, speaking);
        out.put(CueKind.FEWER_FILLERS, fillersPerMin == null ? Condition.UNMEASURED : Condition.of(
                fillersPerMin > settings.fillers().perMinAbove(), "%.1f fillers/min of speech, too many above %.1f",
                fillersPerMin, settings.fillers().perMinAbove()));
        out.put(CueKind.LOOK_AT_CAMERA, eyeContact(r.face()));
        out.put(CueKind.SIT_UP_STRAIGHT, r.pose() == null || r.pose().postureScore() == null ? Condition.UNMEASURED
                : Condition.of(r.pose().postureScore() < settings.posture().scoreBelow(), "posture %.0f, low below %.0f",
                        r.pose().postureScore(), settings.posture().scoreBelow()));
        out.put(CueKind.SPEAK_UP, !speaking.speaking() || r.voice().loudnessDb() == null ? Condition.UNMEASURED
                : Condition.of(r.voice().loudnessDb() < settings.loudness().belowDb(), "%.1f dBFS, quiet below %.1f",
                        r.voice().loudnessDb(), settings.loudness().belowDb()));
        Double spread = tone.spreadSemitones(r, speaking);
        out.put(CueKind.VARY_YOUR_TONE, spread == null ? Condition.UNMEASURED : Condition.of(
                spread < settings.tone().spreadBelowSemitones(), "pitch spread %.2f st, flat below %.2f", spread,
                settings.tone().spreadBelowSemitones()));
        return out;
    }

    /** Eye contact is judged only while the face is seen; a missing face is the live service's warning, not a cue. */
    private Condition eyeContact(FaceWindow face) {
        if (face == null || face.eyeContact() == null || !Boolean.TRUE.equals(face.faceVisible())) {
            return Condition.UNMEASURED;
        }
        return Condition.of(face.eyeContact() < settings.eyeContact().below(), "eye contact %.2f, low below %.2f",
                face.eyeContact(), settings.eyeContact().below());
    }

    /** Forgets the spans (a new answer starts from a clean slate). */
    void clear() {
        pace.clear();
        fillers.clear();
        tone.clear();
    }
}
