package io.interviewcoach.fusion.feedback;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import io.interviewcoach.measure.EventType;
import io.interviewcoach.fusion.Capture;
import io.interviewcoach.fusion.FusionSettings;
import io.interviewcoach.fusion.MeasuredSubScore;
import io.interviewcoach.fusion.Measurement;
import io.interviewcoach.fusion.SubScore;
import io.interviewcoach.fusion.Unit;
import io.interviewcoach.fusion.WindowValues;
import io.interviewcoach.measure.ReportEvent;
import io.interviewcoach.voice.VoiceMetrics;

/**
 * Chooses strengths, tips and the three-step plan from the measured sub-scores; nothing is said about a sub-score
 * that was not measured.
 * <ul>
 * <li>strengths: sub-scores ≥ strengthThreshold, best first (framing is a prerequisite, not a strength);</li>
 * <li>tips: sub-scores &lt; tipThreshold, ordered by lost overall points = impact × (100 − score), each with its
 * value, target and the time ranges where it showed; plus one for other people in the frame when seen;</li>
 * <li>plan: the three lowest sub-scores (ties: larger impact first), each with an exercise and target.</li>
 * </ul>
 */
public final class FeedbackBuilder {
    static final int PLAN_SIZE = 3;
    private static final Set<SubScore> NOT_A_STRENGTH = Set.of(SubScore.BODY_IN_FRAME, SubScore.FACE_IN_FRAME);

    private final FusionSettings settings;
    private final EvidenceFinder finder;

    public FeedbackBuilder(FusionSettings settings) {
        this.settings = settings;
        this.finder = new EvidenceFinder(settings.maxTimeRangesPerTip());
    }

    /** {@code voice} (may be null) tells whether the audio was clipped: then the first tip is about the input gain. */
    public Feedback build(List<MeasuredSubScore> all, List<ReportEvent> events, List<WindowValues> windows,
            VoiceMetrics voice) {
        // A sub-score with weight 0 is shown in the breakdown but does not count, so it gets no feedback either.
        List<MeasuredSubScore> measured = all.stream().filter(m -> m.impact() > 0).toList();
        List<Tip> tips = tips(measured, events, windows);
        if (Capture.clipped(voice, settings.targets())) {
            tips.add(0, inputGainTip(voice.clippingRatio(), events));
        }
        return new Feedback(strengths(measured), tips.subList(0, Math.min(tips.size(), settings.maxTips())),
                plan(measured));
    }

    private List<Strength> strengths(List<MeasuredSubScore> measured) {
        return measured.stream()
                .filter(m -> m.score() >= settings.strengthThreshold() && !NOT_A_STRENGTH.contains(m.subScore()))
                .sorted(Comparator.comparingDouble(MeasuredSubScore::score).reversed()
                        .thenComparing(Comparator.comparingDouble(MeasuredSubScore::impact).reversed()))
                .limit(settings.maxStrengths())
                .map(m -> new Strength(m.subScore().label(), Advice.strength(m.subScore(), m.measurement()),
                        evidence(m.measurement(), List.of())))
                .toList();
    }

    private List<Tip> tips(List<MeasuredSubScore> measured, List<ReportEvent> events, List<WindowValues> windows) {
        List<Tip> tips = new ArrayList<>();
        measured.stream()
                .filter(m -> m.score() < settings.tipThreshold())
                .sorted(Comparator.comparingDouble((MeasuredSubScore m) -> m.impact() * (100 - m.score())).reversed())
                .forEach(m -> {
                    EvidenceFinder.Found found = finder.find(m, events, windows);
                    String message = Advice.tip(m.subScore(), m.measurement()) + where(found);
                    tips.add(new Tip(m.subScore().label(), message, evidence(m.measurement(), found.ranges())));
                });
        Tip others = otherPeopleTip(events);
        if (others != null) {
            tips.add(Math.min(tips.size(), 2), others);
        }
        return tips;
    }

    /**
     * Clipped audio is a recording problem: the cure is a lower input gain, and "speak louder" would make it
     * worse (clarity and volume are not scored then, see {@link Capture#clipped}).
     */
    private Tip inputGainTip(double clippedRatio, List<ReportEvent> events) {
        List<TimeRange> ranges = new ArrayList<>();
        for (ReportEvent e : events) {
            if (e != null && e.type() == EventType.CLIPPING) {
                ranges.add(new TimeRange(Math.round(e.start() * 10.0) / 10.0, Math.round(e.end() * 10.0) / 10.0));
            }
        }
        ranges.sort(Comparator.comparingDouble(TimeRange::start));
        double percent = Unit.PERCENT.display(clippedRatio);
        String limit = Unit.PERCENT.format(settings.targets().clippedSampleRatio());
        return new Tip("Microphone level", "Your microphone input is clipping: " + Unit.PERCENT.format(clippedRatio)
                + " of the audio samples hit full scale, which distorts your voice. Lower the microphone input gain"
                + " (or move back from the microphone) and check a test recording before you start; voice clarity"
                + " and volume were not scored on this audio.",
                new Evidence("voice.clippingRatio", percent, "%", "< " + limit + " of the samples clipped",
                        ranges.subList(0, Math.min(ranges.size(), settings.maxTimeRangesPerTip()))));
    }

    private static String where(EvidenceFinder.Found found) {
        if (found.ranges().isEmpty()) {
            return "";
        }
        String count = found.occurrences() == 1 ? "once" : found.occurrences() + " times";
        return "events".equals(found.from())
                ? " Seen " + count + "; the marked moments show where."
                : " The marked moments show where it was weakest.";
    }

    /** Another face or person in the picture is measured by events only; it distracts whatever the scores say. */
    private Tip otherPeopleTip(List<ReportEvent> events) {
        List<TimeRange> ranges = new ArrayList<>();
        double seconds = 0;
        for (ReportEvent e : events) {
            if (e != null && e.type() == EventType.MULTIPLE_PEOPLE) {
                ranges.add(new TimeRange(e.start(), e.end()));
                seconds += Math.max(0, e.end() - e.start());
            }
        }
        if (ranges.isEmpty()) {
            return null;
        }
        ranges.sort(Comparator.comparingDouble(TimeRange::start));
        List<TimeRange> kept = ranges.subList(0, Math.min(ranges.size(), settings.maxTimeRangesPerTip()));
        double shown = Math.round(seconds * 10.0) / 10.0;
        return new Tip("Framing", "Someone else was in the picture for " + shown
                + " s; practise somewhere you are alone in the frame.",
                new Evidence("events.multiplePeople", shown, "s", "0 s (only you in the frame)",
                        kept.stream().map(r -> new TimeRange(Math.round(r.start() * 10.0) / 10.0,
                                Math.round(r.end() * 10.0) / 10.0)).toList()));
    }

    private List<PlanItem> plan(List<MeasuredSubScore> measured) {
        List<PlanItem> plan = new ArrayList<>();
        List<String> exercises = new ArrayList<>();
        List<MeasuredSubScore> weakestFirst = measured.stream()
                .sorted(Comparator.comparingDouble(MeasuredSubScore::score)
                        .thenComparing(Comparator.comparingDouble(MeasuredSubScore::impact).reversed()))
                .toList();
        for (MeasuredSubScore m : weakestFirst) {
            String exercise = Advice.exercise(m.subScore());
            // Face and body framing share one exercise; the plan should hold three different ones.
            if (exercises.contains(exercise)) {
                continue;
            }
            exercises.add(exercise);
            Measurement x = m.measurement();
            plan.add(new PlanItem(m.subScore().label(), exercise,
                    x.band().target() + " (now " + x.unit().format(x.value()) + ")"));
            if (plan.size() == PLAN_SIZE) {
                break;
            }
        }
        return plan;
    }

    private static Evidence evidence(Measurement m, List<TimeRange> ranges) {
        return new Evidence(m.metric(), m.unit().display(m.value()), m.unit().symbol(), m.band().target(), ranges);
    }
}
