package io.interviewcoach.live.cues;

/**
 * Every cue the engine can give, in priority order: when several are due at once, the first one here wins
 * (docs/live-cues.md says why this order). Texts are 2-4 words, to be read at a glance while speaking.
 */
public enum CueKind {
    SPEAK_UP(CueFocus.VOICE, "Speak up"),
    SLOW_DOWN(CueFocus.PACE, "Slow down"),
    LOOK_AT_CAMERA(CueFocus.EYE_CONTACT, "Look at the camera"),
    FEWER_FILLERS(CueFocus.FILLERS, "Fewer fillers"),
    PICK_UP_PACE(CueFocus.PACE, "Pick up the pace"),
    SIT_UP_STRAIGHT(CueFocus.POSTURE, "Sit up straight"),
    VARY_YOUR_TONE(CueFocus.VOICE, "Vary your tone");

    private final CueFocus focus;
    private final String text;

    CueKind(CueFocus focus, String text) {
        this.focus = focus;
        this.text = text;
    }

    public CueFocus focus() {
        return focus;
    }

    public String text() {
        return text;
    }
}
