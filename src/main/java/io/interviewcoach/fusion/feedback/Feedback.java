package io.interviewcoach.fusion.feedback;

import java.util.List;

/** The report's `feedback` section. */
public record Feedback(List<Strength> strengths, List<Tip> tips, List<PlanItem> improvementPlan) {
    public Feedback {
        strengths = strengths == null ? List.of() : List.copyOf(strengths);
        tips = tips == null ? List.of() : List.copyOf(tips);
        improvementPlan = improvementPlan == null ? List.of() : List.copyOf(improvementPlan);
    }
}
