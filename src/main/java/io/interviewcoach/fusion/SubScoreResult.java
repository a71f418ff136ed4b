package io.interviewcoach.fusion;

/**
 * One line of a category's breakdown. {@code value}/{@code score} are null when the input was not measured
 * (it then does not count). {@code value} is in display units ({@code unit}), e.g. 42 with unit "%".
 */
public record SubScoreResult(
        String key,
        String label,
        String metric,
        Double value,
        String unit,
        Double score,
        double weight,
        String target,
        String source) {
}
