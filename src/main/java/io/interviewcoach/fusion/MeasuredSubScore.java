package io.interviewcoach.fusion;

/**
 * A sub-score that had data. {@code impact} = (category weight share in the overall) × (sub-score weight share in
 * its category), both over what was measured: how many overall points one sub-score point is worth.
 */
public record MeasuredSubScore(SubScore subScore, Measurement measurement, double score, double impact) {
}
