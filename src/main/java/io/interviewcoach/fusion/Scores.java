package io.interviewcoach.fusion;

/** The report's `scores` section, 0-100 each; null where none of a category's inputs were measured. */
public record Scores(Double overall, Double bodyLanguage, Double facialExpression, Double vocalDelivery,
        Double speechContent) {

    public Double of(Category c) {
        return switch (c) {
            case BODY_LANGUAGE -> bodyLanguage;
            case FACIAL_EXPRESSION -> facialExpression;
            case VOCAL_DELIVERY -> vocalDelivery;
            case SPEECH_CONTENT -> speechContent;
        };
    }
}
