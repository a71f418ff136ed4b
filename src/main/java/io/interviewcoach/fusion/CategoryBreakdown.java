package io.interviewcoach.fusion;

import java.util.List;

/**
 * How one category score came about: score = Σ(weight × sub-score) / Σ(weight) over the measured sub-scores.
 * {@code coverage} is the share of the category's weight that was measured (0..1).
 */
public record CategoryBreakdown(
        String category,
        String label,
        String description,
        Double score,
        double weight,
        double coverage,
        List<SubScoreResult> subScores) {
}
