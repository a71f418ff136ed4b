package io.interviewcoach.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.interviewcoach.face.FaceMetrics;
import io.interviewcoach.fusion.Fusion;
import io.interviewcoach.fusion.FusionResult;
import io.interviewcoach.fusion.Metrics;
import io.interviewcoach.fusion.WindowValues;
import io.interviewcoach.media.MediaInfo;
import io.interviewcoach.measure.Rounding;
import io.interviewcoach.pose.PostureMetrics;
import io.interviewcoach.report.AnalysisInfo;
import io.interviewcoach.report.Report;
import io.interviewcoach.report.TimelineEntry;
import io.interviewcoach.speech.SpeechMetrics;
import io.interviewcoach.voice.VoiceMetrics;

/**
 * The report of a stream whose analyzers are gone (a live session finalized after its server died), built from the
 * timeline entries that were kept: the whole-stream metrics that follow from the windows alone (means, sums, the
 * median pitch), scored and commented by the same {@link Fusion} as every report. What needs the per-frame data the
 * analyzers held (blink and pause events, expression variety, voice quality, vocabulary) is null: not measured.
 */
public final class TimelineReport {
    private final Fusion fusion;

    public TimelineReport(Fusion fusion) {
        this.fusion = fusion;
    }

    /**
     * @param windows the stored windows in time order: each its timeline entry and the video frames it analysed
     * @param notes   lines the report should carry (how it was made)
     */
    public Report build(MediaInfo media, double fps, double windowSec, List<Window> windows, List<String> notes) {
        List<TimelineEntry> timeline = windows.stream().map(Window::entry).toList();
        double analyzed = timeline.stream().mapToDouble(e -> e.end() - e.t()).sum();
        Double duration = timeline.isEmpty() ? null : Rounding.round(timeline.get(timeline.size() - 1).end(), 3);
        Metrics metrics = new Metrics(face(timeline, analyzed), posture(timeline), voice(timeline, analyzed),
                speech(timeline));
        List<WindowValues> values = ReportAssembler.windowValues(timeline);
        FusionResult fused = fusion.fuse(metrics, List.of(), values, duration);
        int frames = windows.stream().mapToInt(Window::frames).sum();
        AnalysisInfo info = new AnalysisInfo(fps, windowSec, frames, 0, 0, duration, 0, List.of());
        return new Report(Report.SCHEMA_VERSION, media, info, fused.scores(), metrics, fused.feedback(),
                fused.scoreBreakdown(), null, null, timeline, List.of(), List.copyOf(notes));
    }

    /** One stored window: its timeline entry and how many video frames it analysed. */
    public record Window(TimelineEntry entry, int frames) {}

    private static FaceMetrics face(List<TimelineEntry> t, double analyzed) {
        if (t.stream().noneMatch(e -> e.fields().containsKey("faceVisible"))) {
            return null;
        }
        Double visible = mean(t, e -> first(e, "faceVisibleRatio", "visibleRatio"));
        Double eyeContact = mean(t, e -> number(e, "eyeContact"));
        Double blinks = sum(t, e -> number(e, "blinks"));
        double visibleMin = visible == null ? 0 : visible * analyzed / 60;
        Double blinkRate = blinks == null || visibleMin <= 0 ? null : round(blinks / visibleMin);
        Double faces = max(t, e -> number(e, "faces"));
        return new FaceMetrics(round(visible), round(eyeContact), null, blinkRate, null, null, null, null, null, null,
                round(mean(t, e -> number(e, "eyesClosedRatio"))), blinks == null ? null : blinks.intValue(),
                faces == null ? null : faces.intValue(), null, round(mean(t, e -> number(e, "mouthOpen"))), null, null);
    }

    private static PostureMetrics posture(List<TimelineEntry> t) {
        if (t.stream().noneMatch(e -> e.fields().containsKey("poseVisible"))) {
            return null;
        }
        Double skipped = sum(t, e -> number(e, "skippedFrames"));
        return new PostureMetrics(round(mean(t, e -> first(e, "poseVisibleRatio", "visibleRatio"))), null, null, null,
                round(mean(t, e -> number(e, "postureScore"))), null, null,
                round(mean(t, e -> number(e, "shoulderTiltDeg"))), round(mean(t, e -> number(e, "headTiltDeg"))),
                round(mean(t, e -> number(e, "handsVisible"))), round(mean(t, e -> number(e, "gesturing"))), null,
                round(mean(t, e -> number(e, "fidgetLevel"))), skipped == null ? null : skipped.intValue());
    }

    private static VoiceMetrics voice(List<TimelineEntry> t, double analyzed) {
        if (t.stream().noneMatch(e -> e.fields().containsKey("syllables"))) {
            return null;
        }
        Double speechSec = sum(t, e -> {
            Double r = number(e, "speechRatio");
            return r == null ? null : r * (e.end() - e.t());
        });
        Double syllables = sum(t, e -> number(e, "syllables"));
        List<Double> pitches = t.stream().map(e -> number(e, "pitchHz")).filter(v -> v != null).sorted().toList();
        Double pitchMedian = pitches.isEmpty() ? null : pitches.get(pitches.size() / 2);
        Double speechRatio = speechSec == null || analyzed <= 0 ? null : speechSec / analyzed;
        Double syllablesPerSec = syllables == null || speechSec == null || speechSec <= 0 ? null : syllables / speechSec;
        return new VoiceMetrics(round(speechRatio), round(pitchMedian), null, null, null, null, null,
                round(syllablesPerSec), null, null, null, null, null, null, null, null,
                round(mean(t, e -> number(e, "loudnessDb"))), null, null, round(speechSec), round(analyzed));
    }

    private static SpeechMetrics speech(List<TimelineEntry> t) {
        Double words = sum(t, e -> number(e, "words"));
        if (words == null) {
            return SpeechMetrics.unavailable();
        }
        double spanSec = t.stream().filter(e -> positive(number(e, "words"))).mapToDouble(e -> e.end() - e.t()).sum();
        Double fillers = sum(t, e -> number(e, "fillers"));
        Double perMin = spanSec > 0 ? 60 / spanSec : null;
        return new SpeechMetrics(perMin == null ? null : round(words * perMin),
                perMin == null || fillers == null ? null : round(fillers * perMin), null, null, null, words.intValue(),
                round(spanSec), null, fillers == null ? null : fillers.intValue(), null, null, null, null, null, null,
                null, null);
    }

    private static Double first(TimelineEntry e, String... names) {
        for (String n : names) {
            Double v = number(e, n);
            if (v != null) {
                return v;
            }
        }
        return null;
    }

    private static Double number(TimelineEntry e, String name) {
        return toNumber(e.fields().get(name));
    }

    private static Double toNumber(Object value) {
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        if (value instanceof Boolean b) {
            return b ? 1.0 : 0.0;
        }
        return null;
    }

    private static List<Double> present(List<TimelineEntry> t, Function<TimelineEntry, Double> f) {
        List<Double> out = new ArrayList<>();
        for (TimelineEntry e : t) {
            Double v = f.apply(e);
            if (v != null && !v.isNaN()) {
                out.add(v);
            }
        }
        return out;
    }

    private static Double mean(List<TimelineEntry> t, Function<TimelineEntry, Double> f) {
        List<Double> v = present(t, f);
        return v.isEmpty() ? null : v.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
    }

    private static Double sum(List<TimelineEntry> t, Function<TimelineEntry, Double> f) {
        List<Double> v = present(t, f);
        return v.isEmpty() ? null : v.stream().mapToDouble(Double::doubleValue).sum();
    }

    private static Double max(List<TimelineEntry> t, Function<TimelineEntry, Double> f) {
        List<Double> v = present(t, f);
        return v.isEmpty() ? null : v.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
    }

    private static boolean positive(Double v) {
        return v != null && v > 0;
    }

    private static Double round(Double v) {
        return v == null ? null : Rounding.round(v, 3);
    }
}
