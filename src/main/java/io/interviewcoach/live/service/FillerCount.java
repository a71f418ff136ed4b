package io.interviewcoach.live.service;

import io.interviewcoach.fusion.WindowResults;

/**
 * Fillers so far in a session: the recognizer's filler words, or without a recognizer the acoustic filled pauses;
 * null until a window measured them.
 */
final class FillerCount {
    private Integer total;

    /** Adds the window's fillers; returns them (null when the window measured none). */
    Integer add(WindowResults r) {
        Integer n = r.speech() != null && r.speech().fillers() != null ? r.speech().fillers()
                : r.voice() == null ? null : r.voice().filledPauses();
        if (n != null) {
            total = (total == null ? 0 : total) + n;
        }
        return n;
    }

    Integer total() {
        return total;
    }
}
