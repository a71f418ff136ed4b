package io.interviewcoach.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.type.TypeReference;

import io.interviewcoach.fusion.Fusion;
import io.interviewcoach.fusion.FusionResult;
import io.interviewcoach.fusion.WindowResults;
import io.interviewcoach.fusion.WindowValues;
import io.interviewcoach.media.MediaInfo;
import io.interviewcoach.report.AnalysisInfo;
import io.interviewcoach.fusion.Metrics;
import io.interviewcoach.report.Report;
import io.interviewcoach.measure.ReportEvent;
import io.interviewcoach.report.ReportJson;
import io.interviewcoach.report.TimelineEntry;

/**
 * Builds the report of one stream: a timeline entry per window as the windows come, then metrics, events,
 * scores and feedback once the analyzers have summarised the stream.
 */
public final class ReportAssembler {
    /** Window fields that repeat the window's own position: the entry's {@code t} and {@code end} say it once. */
    private static final Set<String> POSITION_FIELDS = Set.of("index", "startSec", "endSec", "start", "end");
    private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {};

    private final MediaInfo media;
    private final Fusion fusion;
    private final List<TimelineEntry> timeline = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    public ReportAssembler(MediaInfo media, Fusion fusion) {
        this.media = media;
        this.fusion = fusion;
    }

    public void add(WindowResults results) {
        timeline.add(entry(results));
    }

    /** What fusion reads of each window of a timeline. */
    static List<WindowValues> windowValues(List<TimelineEntry> timeline) {
        return timeline.stream().map(e -> WindowValues.of(e.t(), e.end(), e.fields())).toList();
    }

    /** The timeline entry of one window, as the report carries it. */
    public static TimelineEntry entry(WindowResults results) {
        Map<String, Map<String, Object>> byAnalyzer = new LinkedHashMap<>();
        Map<String, Integer> uses = new HashMap<>();
        put(byAnalyzer, uses, "face", results.face());
        put(byAnalyzer, uses, "pose", results.pose());
        put(byAnalyzer, uses, "voice", results.voice());
        put(byAnalyzer, uses, "speech", results.speech());
        // A name two analyzers both use (e.g. visibleRatio) is prefixed with each one's name
        // (faceVisibleRatio, poseVisibleRatio) so neither hides the other.
        Map<String, Object> fields = new LinkedHashMap<>();
        byAnalyzer.forEach((prefix, values) -> values.forEach((key, value) ->
                fields.put(uses.get(key) > 1 ? prefix + Character.toUpperCase(key.charAt(0)) + key.substring(1) : key, value)));
        return new TimelineEntry(results.startSec(), results.endSec(), fields);
    }

    private static void put(Map<String, Map<String, Object>> byAnalyzer, Map<String, Integer> uses, String analyzer,
            Object result) {
        if (result == null) {
            return;
        }
        Map<String, Object> values = ReportJson.mapper().convertValue(result, MAP);
        values.keySet().removeAll(POSITION_FIELDS);
        values.keySet().forEach(k -> uses.merge(k, 1, Integer::sum));
        byAnalyzer.put(analyzer, values);
    }

    /** A line the report should carry (why a section is empty, what was skipped). */
    public void note(String line) {
        notes.add(line);
    }

    public List<TimelineEntry> timeline() {
        return timeline;
    }

    public Report build(AnalyzerSet.Summaries summaries, AnalysisInfo analysis) {
        Metrics metrics = new Metrics(
                summaries.face() == null ? null : summaries.face().metrics(),
                summaries.pose() == null ? null : summaries.pose().metrics(),
                summaries.voice() == null ? null : summaries.voice().metrics(),
                summaries.speech() == null ? null : summaries.speech().metrics());
        List<ReportEvent> events = new ArrayList<>();
        if (summaries.face() != null) {
            events.addAll(summaries.face().events());
        }
        if (summaries.pose() != null) {
            events.addAll(summaries.pose().events());
        }
        if (summaries.voice() != null) {
            events.addAll(summaries.voice().events());
        }
        if (summaries.speech() != null) {
            events.addAll(summaries.speech().events());
            if (summaries.speech().unavailableReason() != null) {
                notes.add("Speech metrics not measured: " + summaries.speech().unavailableReason());
            }
        }
        notes.addAll(CaptureNotes.of(summaries, fusion.settings().targets()));
        notes.addAll(summaries.failures());
        events.sort(Comparator.comparingDouble(ReportEvent::start).thenComparing(e -> e.type().id()));
        Double duration = analysis.analyzedDurationSec() != null ? analysis.analyzedDurationSec()
                : media.durationSec() != null ? media.durationSec()
                : timeline.isEmpty() ? null : timeline.get(timeline.size() - 1).end();
        FusionResult fused = fusion.fuse(metrics, events, windowValues(timeline), duration);
        return new Report(Report.SCHEMA_VERSION, media, analysis, fused.scores(), metrics, fused.feedback(),
                fused.scoreBreakdown(),
                summaries.speech() == null ? null : summaries.speech().content(),
                summaries.speech() == null ? null : summaries.speech().transcript(),
                List.copyOf(timeline), List.copyOf(events), List.copyOf(notes));
    }
}
