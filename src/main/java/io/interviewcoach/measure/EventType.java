package io.interviewcoach.measure;

import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonValue;

/** The kinds of {@link ReportEvent}, each written to the report under its {@link #id()} (docs/report-schema.md). */
public enum EventType {
    NO_FACE("noFace"),
    LOOKED_AWAY("lookedAway"),
    LOOKED_DOWN("lookedDown"),
    EYES_CLOSED("eyesClosed"),
    MULTIPLE_PEOPLE("multiplePeople"),
    NO_PERSON("noPerson"),
    SLOUCHING("slouching"),
    HANDS_TOUCHING_FACE("handsTouchingFace"),
    LONG_PAUSE("longPause"),
    MONOTONE("monotone"),
    CLIPPING("clipping"),
    FILLER("filler"),
    HEDGE("hedge"),
    REPETITION("repetition"),
    STAR_CUE("starCue");

    private final String id;

    EventType(String id) {
        this.id = id;
    }

    @JsonValue
    public String id() {
        return id;
    }

    /** The type written as {@code id} in a report, or empty for one this version does not know. */
    public static Optional<EventType> byId(String id) {
        for (EventType t : values()) {
            if (t.id.equals(id)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
