package io.interviewcoach.fusion;

/** Weights of the four categories in the overall score; only their ratios matter (they are re-normalised). */
public record CategoryWeights(double bodyLanguage, double facialExpression, double vocalDelivery, double speechContent) {

    public CategoryWeights {
        for (double w : new double[] {bodyLanguage, facialExpression, vocalDelivery, speechContent}) {
            if (!(w >= 0) || Double.isInfinite(w)) {
                throw new IllegalArgumentException("category weights must be finite and >= 0: " + this);
            }
        }
        if (bodyLanguage + facialExpression + vocalDelivery + speechContent <= 0) {
            throw new IllegalArgumentException("at least one category weight must be > 0");
        }
    }

    /** Voice and words carry a little more: raters of interviews weigh how things are said (Naim et al. 2015). */
    public static CategoryWeights defaults() {
        return new CategoryWeights(0.20, 0.25, 0.30, 0.25);
    }

    public double of(Category c) {
        return switch (c) {
            case BODY_LANGUAGE -> bodyLanguage;
            case FACIAL_EXPRESSION -> facialExpression;
            case VOCAL_DELIVERY -> vocalDelivery;
            case SPEECH_CONTENT -> speechContent;
        };
    }
}
