package io.interviewcoach.fusion.feedback;

/** One step of the improvement plan: what to work on, an exercise, and the measurable target. */
public record PlanItem(String focus, String exercise, String target) {
}
