package io.interviewcoach.fusion;

import java.util.List;
import java.util.Set;
import java.util.function.DoublePredicate;

import io.interviewcoach.measure.EventType;
import io.interviewcoach.face.FaceMetrics;
import io.interviewcoach.pose.PostureMetrics;
import io.interviewcoach.speech.SpeechMetrics;
import io.interviewcoach.voice.VoiceMetrics;

/**
 * The catalogue of sub-scores: which measurement feeds each, its category, its default weight inside the
 * category, the event types that show where it went wrong, and the timeline field that shows the same when
 * no event does. Every {@code *Score} metric from an analyzer is taken as 0-100, higher is better.
 */
public enum SubScore {
    POSTURE(Category.BODY_LANGUAGE, "posture", "Posture", 0.40, Set.of(EventType.SLOUCHING),
            new WindowRule(List.of("postureScore"), v -> v < 60, "posture score below 60")),
    CALMNESS(Category.BODY_LANGUAGE, "calmness", "Calm hands and body", 0.25,
            Set.of(EventType.HANDS_TOUCHING_FACE), null),
    GESTURES(Category.BODY_LANGUAGE, "gestures", "Gestures", 0.25, Set.of(), null),
    BODY_IN_FRAME(Category.BODY_LANGUAGE, "bodyInFrame", "Upper body in frame", 0.10,
            Set.of(EventType.NO_PERSON), new WindowRule(List.of("poseVisible"), v -> v < 0.5, "body not visible")),

    EYE_CONTACT(Category.FACIAL_EXPRESSION, "eyeContact", "Eye contact", 0.40,
            Set.of(EventType.LOOKED_AWAY, EventType.LOOKED_DOWN), new WindowRule(List.of("eyeContact"), v -> v < 0.5, "eye contact below 50 %")),
    EXPRESSION_VARIETY(Category.FACIAL_EXPRESSION, "expressionVariety", "Lively expression", 0.20, Set.of(), null),
    SMILE(Category.FACIAL_EXPRESSION, "smile", "Smiling", 0.15, Set.of(), null),
    /**
     * The face analyzer's engagementScore combines eye contact, smiling and variety, which are sub-scores here
     * already: weight 0 by default so they are not counted twice (shown, configurable).
     */
    ENGAGEMENT(Category.FACIAL_EXPRESSION, "engagement", "Engagement", 0.0, Set.of(), null),
    BLINK_RATE(Category.FACIAL_EXPRESSION, "blinkRate", "Blink rate", 0.10, Set.of(), null),
    FACE_IN_FRAME(Category.FACIAL_EXPRESSION, "faceInFrame", "Face in frame", 0.15,
            Set.of(EventType.NO_FACE), new WindowRule(List.of("faceVisible"), v -> v < 0.5, "face not visible")),

    PACE(Category.VOCAL_DELIVERY, "pace", "Speaking pace", 0.30, Set.of(), null),
    PITCH_VARIATION(Category.VOCAL_DELIVERY, "pitchVariation", "Pitch variation", 0.20, Set.of(EventType.MONOTONE), null),
    CLARITY(Category.VOCAL_DELIVERY, "clarity", "Voice clarity", 0.20, Set.of(), null),
    VOLUME_CONSISTENCY(Category.VOCAL_DELIVERY, "volumeConsistency", "Steady volume", 0.10, Set.of(), null),
    LONG_PAUSES(Category.VOCAL_DELIVERY, "longPauses", "Long pauses", 0.10, Set.of(EventType.LONG_PAUSE), null),
    SPEECH_RATIO(Category.VOCAL_DELIVERY, "speechRatio", "Time spent speaking", 0.10, Set.of(EventType.LONG_PAUSE),
            new WindowRule(List.of("speaking", "speechRatio"), v -> v < 0.2, "silent window")),

    FILLERS(Category.SPEECH_CONTENT, "fillers", "Filler words", 0.35, Set.of(EventType.FILLER),
            new WindowRule(List.of("fillers"), v -> v >= 1, "window with a filler")),
    RELEVANCE(Category.SPEECH_CONTENT, "relevance", "Relevance to the question", 0.30, Set.of(), null),
    VOCABULARY(Category.SPEECH_CONTENT, "vocabulary", "Vocabulary variety", 0.20, Set.of(), null),
    HEDGES(Category.SPEECH_CONTENT, "hedges", "Confident wording", 0.15, Set.of(EventType.HEDGE), null);

    /**
     * A timeline field (the first of {@code fields} a window has) and the per-window condition that marks a window
     * as a bad example of this sub-score.
     */
    public record WindowRule(List<String> fields, DoublePredicate bad, String description) {
        public Double value(WindowValues w) {
            for (String f : fields) {
                Double v = w.get(f);
                if (v != null) {
                    return v;
                }
            }
            return null;
        }
    }

    private final Category category;
    private final String key;
    private final String label;
    private final double defaultWeight;
    private final Set<EventType> eventTypes;
    private final WindowRule windowRule;

    SubScore(Category category, String key, String label, double defaultWeight, Set<EventType> eventTypes,
            WindowRule windowRule) {
        this.category = category;
        this.key = key;
        this.label = label;
        this.defaultWeight = defaultWeight;
        this.eventTypes = eventTypes;
        this.windowRule = windowRule;
    }

    public Category category() {
        return category;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public double defaultWeight() {
        return defaultWeight;
    }

    public Set<EventType> eventTypes() {
        return eventTypes;
    }

    /** May be null: no timeline field shows this sub-score per window. */
    public WindowRule windowRule() {
        return windowRule;
    }

    public static List<SubScore> of(Category category) {
        return java.util.Arrays.stream(values()).filter(s -> s.category == category).toList();
    }

    public static SubScore byKey(String key) {
        for (SubScore s : values()) {
            if (s.key.equals(key)) {
                return s;
            }
        }
        return null;
    }

    /** What this sub-score is computed from, or null when its inputs were not measured. */
    public Measurement measure(Metrics metrics, Double durationSec, Targets t) {
        if (metrics == null) {
            return null;
        }
        // Nothing captured (no face / person in any frame, no speech in the audio): not measured, not 0.
        FaceMetrics f = Capture.faceFound(metrics.face()) ? metrics.face() : null;
        PostureMetrics p = Capture.personFound(metrics.posture()) ? metrics.posture() : null;
        VoiceMetrics v = Capture.speechFound(metrics.voice()) ? metrics.voice() : null;
        SpeechMetrics s = metrics.speech();
        boolean clipped = Capture.clipped(v, t);
        return switch (this) {
            case POSTURE -> p == null ? null : posture(p, t);
            case CALMNESS -> p == null ? null : direct("posture.fidgetingScore", p.fidgetingScore(), t);
            case GESTURES -> p == null ? null : direct("posture.gestureScore", p.gestureScore(), t);
            case BODY_IN_FRAME -> p == null ? null
                    : raw("posture.visibleRatio", p.visibleRatio(), Unit.PERCENT, t.bodyVisibleRatio());
            case EYE_CONTACT -> f == null ? null : eyeContact(f, t);
            case EXPRESSION_VARIETY -> f == null ? null
                    : direct("face.expressionVarietyScore", f.expressionVarietyScore(), t);
            case SMILE -> f == null ? null : raw("face.smileRatio", f.smileRatio(), Unit.PERCENT, t.smileRatio());
            case ENGAGEMENT -> f == null ? null : direct("face.engagementScore", f.engagementScore(), t);
            case BLINK_RATE -> f == null ? null
                    : raw("face.blinkRatePerMin", f.blinkRatePerMin(), Unit.PER_MIN, t.blinkRatePerMin());
            case FACE_IN_FRAME -> f == null ? null
                    : raw("face.visibleRatio", f.visibleRatio(), Unit.PERCENT, t.faceVisibleRatio());
            case PACE -> pace(s, v, t);
            case PITCH_VARIATION -> v == null ? null
                    : raw("voice.pitchVariationSemitones", v.pitchVariationSemitones(), Unit.SEMITONES,
                            t.pitchVariationSemitones());
            case CLARITY -> v == null || clipped ? null : direct("voice.voiceClarityScore", v.voiceClarityScore(), t);
            case VOLUME_CONSISTENCY -> v == null || clipped ? null
                    : direct("voice.volumeConsistencyScore", v.volumeConsistencyScore(), t);
            case LONG_PAUSES -> v == null || v.longPauseCount() == null || !positive(durationSec) ? null
                    : raw("voice.longPauseCount per minute", v.longPauseCount() / (durationSec / 60.0),
                            Unit.PER_MIN, t.longPausesPerMin());
            case SPEECH_RATIO -> v == null ? null
                    : raw("voice.speechRatio", v.speechRatio(), Unit.PERCENT, t.speechRatio());
            case FILLERS -> s == null ? null
                    : raw("speech.fillersPerMin", s.fillersPerMin(), Unit.PER_MIN, t.fillersPerMin());
            case RELEVANCE -> s == null ? null : direct("speech.contentRelevanceScore", s.contentRelevanceScore(), t);
            case VOCABULARY -> s == null ? null
                    : raw("speech.vocabularyDiversity", s.vocabularyDiversity(), Unit.RATIO, t.vocabularyDiversity());
            case HEDGES -> s == null ? null
                    : raw("speech.hedgesPerMin", s.hedgesPerMin(), Unit.PER_MIN, t.hedgesPerMin());
        };
    }

    private static Measurement posture(PostureMetrics p, Targets t) {
        if (usable(p.postureScore())) {
            return direct("posture.postureScore", p.postureScore(), t);
        }
        // Without the analyzer's own combination, the plain mean of its components is the most neutral stand-in.
        double sum = 0;
        int n = 0;
        for (Double part : new Double[] {p.shoulderAlignmentScore(), p.spineStraightnessScore(), p.headPositionScore()}) {
            if (usable(part)) {
                sum += part;
                n++;
            }
        }
        return n == 0 ? null
                : new Measurement("posture.(shoulderAlignment, spineStraightness, headPosition) mean", sum / n,
                        Unit.SCORE, t.analyzerScore());
    }

    private static Measurement eyeContact(FaceMetrics f, Targets t) {
        Measurement byRatio = raw("face.eyeContactRatio", f.eyeContactRatio(), Unit.PERCENT, t.eyeContactRatio());
        return byRatio != null ? byRatio : direct("face.eyeContactScore", f.eyeContactScore(), t);
    }

    private static Measurement pace(SpeechMetrics s, VoiceMetrics v, Targets t) {
        if (s != null && usable(s.wordsPerMinute()) && s.wordsPerMinute() > 0) {
            return new Measurement("speech.wordsPerMinute", s.wordsPerMinute(), Unit.WPM, t.wordsPerMinute());
        }
        // No transcript: estimate words from acoustic syllable nuclei (de Jong & Wempe 2009).
        if (v != null && usable(v.syllablesPerSec()) && v.syllablesPerSec() > 0) {
            double wpm = v.syllablesPerSec() * 60.0 / t.syllablesPerWord();
            return new Measurement("voice.syllablesPerSec × 60 / " + t.syllablesPerWord() + " (estimated wpm)", wpm,
                    Unit.WPM, t.wordsPerMinute());
        }
        return null;
    }

    private static Measurement direct(String metric, Double value, Targets t) {
        return usable(value) ? new Measurement(metric, Math.max(0, Math.min(100, value)), Unit.SCORE,
                t.analyzerScore()) : null;
    }

    private static Measurement raw(String metric, Double value, Unit unit, Band band) {
        return usable(value) ? new Measurement(metric, value, unit, band) : null;
    }

    private static boolean usable(Double v) {
        return v != null && !v.isNaN() && !v.isInfinite();
    }

    private static boolean positive(Double v) {
        return usable(v) && v > 0;
    }
}
