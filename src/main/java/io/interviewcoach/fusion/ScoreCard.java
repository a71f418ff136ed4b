package io.interviewcoach.fusion;

import java.util.List;

/** The five scores with the breakdown that explains each, and the measured sub-scores behind them. */
public record ScoreCard(Scores scores, List<CategoryBreakdown> breakdown, List<MeasuredSubScore> measured) {
}
