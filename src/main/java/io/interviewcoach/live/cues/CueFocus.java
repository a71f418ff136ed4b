package io.interviewcoach.live.cues;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/** The groups of cues a candidate can ask for in the start message's {@code focus} list. */
public enum CueFocus {
    PACE("pace"),
    FILLERS("fillers"),
    EYE_CONTACT("eyeContact"),
    POSTURE("posture"),
    VOICE("voice");

    private final String key;

    CueFocus(String key) {
        this.key = key;
    }

    /** The name used in the protocol ({@code start.focus}, {@code cue.kind}). */
    public String key() {
        return key;
    }

    /** One protocol name; an unknown one is an IllegalArgumentException listing the valid names. */
    public static CueFocus of(String key) {
        for (CueFocus f : values()) {
            if (f.key.equals(key)) {
                return f;
            }
        }
        throw new IllegalArgumentException("unknown focus '" + key + "'; valid: " + keys());
    }

    /** The groups named in a start message; null or empty means every group. */
    public static Set<CueFocus> of(Collection<String> keys) {
        if (keys == null || keys.isEmpty()) {
            return EnumSet.allOf(CueFocus.class);
        }
        return keys.stream().map(CueFocus::of).collect(Collectors.toCollection(() -> EnumSet.noneOf(CueFocus.class)));
    }

    static String keys() {
        return Arrays.stream(values()).map(CueFocus::key).collect(Collectors.joining(", "));
    }
}
