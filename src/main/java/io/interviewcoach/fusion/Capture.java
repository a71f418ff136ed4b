package io.interviewcoach.fusion;

import io.interviewcoach.face.FaceMetrics;
import io.interviewcoach.pose.PostureMetrics;
import io.interviewcoach.voice.VoiceMetrics;

/**
 * What counts as "captured" (docs/scoring.md, "Nothing captured"): a category whose input never showed up in the
 * whole recording is not measured (null), not scored 0. Someone who is present and silent or out of frame for
 * part of the time is measured as usual.
 */
public final class Capture {
    private Capture() {
    }

    /** A face was found in at least one analysed frame. */
    public static boolean faceFound(FaceMetrics f) {
        return f != null && !(f.visibleRatio() != null && f.visibleRatio() == 0);
    }

    /** A person (upper body) was found in at least one analysed frame. */
    public static boolean personFound(PostureMetrics p) {
        return p != null && !(p.visibleRatio() != null && p.visibleRatio() == 0);
    }

    /** Voice activity detection found some speech in the audio. */
    public static boolean speechFound(VoiceMetrics v) {
        if (v == null) {
            return false;
        }
        Double measure = v.speechSec() != null ? v.speechSec() : v.speechRatio();
        return measure == null || measure > 0;
    }

    /**
     * So many samples sit at full scale that the waveform is the clipper's, not the voice's: voice clarity (HNR,
     * jitter, shimmer) and volume consistency are not measured on it.
     */
    public static boolean clipped(VoiceMetrics v, Targets t) {
        return v != null && v.clippingRatio() != null && v.clippingRatio() >= t.clippedSampleRatio();
    }
}
