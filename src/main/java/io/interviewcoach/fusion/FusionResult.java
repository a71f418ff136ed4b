package io.interviewcoach.fusion;

import java.util.List;

import io.interviewcoach.fusion.feedback.Feedback;

/**
 * What fusion hands the report: `scores`, `scoreBreakdown` (why each score is what it is) and `feedback`.
 */
public record FusionResult(Scores scores, List<CategoryBreakdown> scoreBreakdown, Feedback feedback) {
}
