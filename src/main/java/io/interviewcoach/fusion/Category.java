package io.interviewcoach.fusion;

/** The four score categories; {@code key} is the field name in the report's `scores` section. */
public enum Category {
    BODY_LANGUAGE("bodyLanguage", "Body language", "Posture, stillness and gestures"),
    FACIAL_EXPRESSION("facialExpression", "Facial expression", "Eye contact, smiling and a lively face"),
    VOCAL_DELIVERY("vocalDelivery", "Vocal delivery", "Pace, pitch variation, clarity and pauses"),
    SPEECH_CONTENT("speechContent", "Speech content", "Fillers, hedges, vocabulary and relevance");

    private final String key;
    private final String label;
    private final String description;

    Category(String key, String label, String description) {
        this.key = key;
        this.label = label;
        this.description = description;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    public String description() {
        return description;
    }
}
