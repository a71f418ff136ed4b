package io.interviewcoach.fusion;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import io.interviewcoach.fusion.feedback.FeedbackBuilder;
import io.interviewcoach.measure.ReportEvent;
import io.interviewcoach.measure.Rounding;

/**
 * Turns the analyzers' whole-recording metrics into five 0-100 scores and feedback.
 *
 * <ul>
 * <li>sub-score = band(raw measurement) for raw quantities, or the analyzer's own 0-100 score;</li>
 * <li>category = Σ(w·sub-score)/Σ(w) over the sub-scores that were measured; null when none was;</li>
 * <li>overall = Σ(W·category)/Σ(W) over the categories that are not null; null when all are.</li>
 * </ul>
 * Stateless and thread-safe.
 */
public final class Fusion {
    private final FusionSettings settings;
    private final FeedbackBuilder feedbackBuilder;

    public Fusion(FusionSettings settings) {
        this.settings = settings == null ? FusionSettings.defaults() : settings;
        this.feedbackBuilder = new FeedbackBuilder(this.settings);
    }

    public FusionSettings settings() {
        return settings;
    }

    /**
     * Scores and feedback for one recording or session.
     *
     * @param metrics     the four analyzers' metrics (any may be null)
     * @param events      events of all analyzers (may be null)
     * @param windows     per-window timeline values (may be null), see {@link WindowValues#of}
     * @param durationSec media duration; when null, the end of the last window is used
     */
    public FusionResult fuse(Metrics metrics, List<ReportEvent> events, List<WindowValues> windows, Double durationSec) {
        List<ReportEvent> ev = events == null ? List.of() : events;
        List<WindowValues> win = windows == null ? List.of() : windows;
        Double duration = durationSec;
        if ((duration == null || !(duration > 0)) && !win.isEmpty()) {
            duration = win.stream().mapToDouble(WindowValues::end).max().orElse(0);
        }
        ScoreCard card = score(metrics, duration);
        return new FusionResult(card.scores(), card.breakdown(), feedbackBuilder.build(card.measured(), ev, win,
                metrics == null ? null : metrics.voice()));
    }

    /** Only the scores and their breakdown (no feedback). */
    public ScoreCard score(Metrics metrics, Double durationSec) {
        Targets targets = settings.targets();
        Map<Category, Double> categoryScores = new EnumMap<>(Category.class);
        Map<Category, List<SubScoreResult>> lines = new EnumMap<>(Category.class);
        Map<Category, Double> coverage = new EnumMap<>(Category.class);
        Map<SubScore, Measurement> measurements = new EnumMap<>(SubScore.class);

        for (Category c : Category.values()) {
            double weighted = 0;
            double measuredWeight = 0;
            double totalWeight = 0;
            List<SubScoreResult> rows = new ArrayList<>();
            for (SubScore s : SubScore.of(c)) {
                double w = settings.weightOf(s);
                totalWeight += w;
                Measurement m = s.measure(metrics, durationSec, targets);
                if (m == null) {
                    rows.add(new SubScoreResult(s.key(), s.label(), null, null, null, null, w, null, null));
                    continue;
                }
                measurements.put(s, m);
                double score = m.score();
                weighted += w * score;
                measuredWeight += w;
                rows.add(new SubScoreResult(s.key(), s.label(), m.metric(), m.unit().display(m.value()),
                        m.unit().symbol(), Rounding.round(score, 1), w, m.band().target(), m.band().source()));
            }
            lines.put(c, rows);
            coverage.put(c, totalWeight > 0 ? measuredWeight / totalWeight : 0);
            if (measuredWeight > 0) {
                categoryScores.put(c, weighted / measuredWeight);
            }
        }

        double overallSum = 0;
        double overallWeight = 0;
        for (Map.Entry<Category, Double> e : categoryScores.entrySet()) {
            double w = settings.categoryWeights().of(e.getKey());
            overallSum += w * e.getValue();
            overallWeight += w;
        }
        Double overall = overallWeight > 0 ? Rounding.round(overallSum / overallWeight, 1) : null;

        List<CategoryBreakdown> breakdown = new ArrayList<>();
        for (Category c : Category.values()) {
            Double s = categoryScores.get(c);
            breakdown.add(new CategoryBreakdown(c.key(), c.label(), c.description(), s == null ? null : Rounding.round(s, 1),
                    settings.categoryWeights().of(c), Rounding.round(coverage.get(c), 2), lines.get(c)));
        }

        List<MeasuredSubScore> measured = new ArrayList<>();
        for (Map.Entry<SubScore, Measurement> e : measurements.entrySet()) {
            SubScore s = e.getKey();
            Category c = s.category();
            double catShare = overallWeight > 0 ? settings.categoryWeights().of(c) / overallWeight : 0;
            double inCategory = 0;
            for (SubScore other : SubScore.of(c)) {
                if (measurements.containsKey(other)) {
                    inCategory += settings.weightOf(other);
                }
            }
            double subShare = inCategory > 0 ? settings.weightOf(s) / inCategory : 0;
            measured.add(new MeasuredSubScore(s, e.getValue(), e.getValue().score(), catShare * subShare));
        }

        Scores scores = new Scores(overall,
                rounded(categoryScores.get(Category.BODY_LANGUAGE)),
                rounded(categoryScores.get(Category.FACIAL_EXPRESSION)),
                rounded(categoryScores.get(Category.VOCAL_DELIVERY)),
                rounded(categoryScores.get(Category.SPEECH_CONTENT)));
        return new ScoreCard(scores, List.copyOf(breakdown), List.copyOf(measured));
    }

    private static Double rounded(Double v) {
        return v == null ? null : Rounding.round(v, 1);
    }


}
