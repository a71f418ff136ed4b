package io.interviewcoach.fusion;

/** One measured input of a sub-score: where it comes from in the report, its raw value and how it is scored. */
public record Measurement(String metric, double value, Unit unit, Band band) {

    public double score() {
        return band.score(value);
    }
}
