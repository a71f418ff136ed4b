package io.interviewcoach.fusion;

import java.util.HashMap;
import java.util.Map;

/**
 * Fusion settings.
 *
 * @param categoryWeights     weights of the categories in the overall score
 * @param subScoreWeights     weight of a sub-score inside its category, by {@link SubScore#key()}; a key left out
 *                            keeps {@link SubScore#defaultWeight()}
 * @param targets             the bands raw measurements are scored with
 * @param strengthThreshold   a sub-score at or above this (0-100) may be named a strength
 * @param tipThreshold        a sub-score below this (0-100) gets a tip
 * @param maxStrengths        at most this many strengths
 * @param maxTips             at most this many tips
 * @param maxTimeRangesPerTip at most this many time ranges cited in one tip's evidence
 */
public record FusionSettings(
        CategoryWeights categoryWeights,
        Map<String, Double> subScoreWeights,
        Targets targets,
        double strengthThreshold,
        double tipThreshold,
        int maxStrengths,
        int maxTips,
        int maxTimeRangesPerTip) {

    public FusionSettings {
        if (categoryWeights == null) {
            categoryWeights = CategoryWeights.defaults();
        }
        subScoreWeights = subScoreWeights == null ? Map.of() : Map.copyOf(subScoreWeights);
        for (Map.Entry<String, Double> e : subScoreWeights.entrySet()) {
            if (SubScore.byKey(e.getKey()) == null) {
                throw new IllegalArgumentException("unknown sub-score weight '" + e.getKey() + "'; known: "
                        + java.util.Arrays.stream(SubScore.values()).map(SubScore::key).toList());
            }
            if (e.getValue() == null || !(e.getValue() >= 0) || e.getValue().isInfinite()) {
                throw new IllegalArgumentException("sub-score weight '" + e.getKey() + "' must be finite and >= 0");
            }
        }
        if (targets == null) {
            targets = Targets.defaults();
        }
        if (strengthThreshold < 0 || strengthThreshold > 100 || tipThreshold < 0 || tipThreshold > 100) {
            throw new IllegalArgumentException("thresholds are on the 0-100 scale");
        }
        if (maxStrengths < 0 || maxTips < 0 || maxTimeRangesPerTip < 0) {
            throw new IllegalArgumentException("limits must be >= 0");
        }
    }

    public static FusionSettings defaults() {
        return new FusionSettings(CategoryWeights.defaults(), Map.of(), Targets.defaults(), 80, 70, 4, 6, 5);
    }

    public double weightOf(SubScore s) {
        return subScoreWeights.getOrDefault(s.key(), s.defaultWeight());
    }

    public FusionSettings withCategoryWeights(CategoryWeights weights) {
        return new FusionSettings(weights, subScoreWeights, targets, strengthThreshold, tipThreshold, maxStrengths,
                maxTips, maxTimeRangesPerTip);
    }

    public FusionSettings withSubScoreWeight(String key, double weight) {
        Map<String, Double> m = new HashMap<>(subScoreWeights);
        m.put(key, weight);
        return new FusionSettings(categoryWeights, m, targets, strengthThreshold, tipThreshold, maxStrengths,
                maxTips, maxTimeRangesPerTip);
    }
}
