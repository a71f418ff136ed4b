package io.interviewcoach.live.protocol;

/** What a binary client message carries (its first byte). */
public enum MediaKind {
    VIDEO(1), AUDIO(2);

    private final int code;

    MediaKind(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    /** The kind with this code, or null for an unknown one. */
    public static MediaKind of(int code) {
        for (MediaKind k : values()) {
            if (k.code == code) {
                return k;
            }
        }
        return null;
    }
}
