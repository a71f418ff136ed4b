package io.interviewcoach.report;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import io.interviewcoach.fusion.CategoryBreakdown;
import io.interviewcoach.fusion.Metrics;
import io.interviewcoach.fusion.Scores;
import io.interviewcoach.fusion.feedback.Feedback;
import io.interviewcoach.media.MediaInfo;
import io.interviewcoach.measure.ReportEvent;
import io.interviewcoach.speech.Transcript;
import io.interviewcoach.speech.content.ContentAnalysis;

/**
 * The interview report (docs/report-schema.md). Ratios 0..1, scores 0..100, times in seconds, null where a
 * quantity could not be measured; null fields are written out, never dropped.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"schemaVersion", "media", "analysis", "scores", "metrics", "feedback", "scoreBreakdown", "content",
        "transcript", "timeline", "events", "notes"})
public record Report(
        int schemaVersion,
        MediaInfo media,
        AnalysisInfo analysis,
        Scores scores,
        Metrics metrics,
        Feedback feedback,
        List<CategoryBreakdown> scoreBreakdown,
        ContentAnalysis content,
        Transcript transcript,
        List<TimelineEntry> timeline,
        List<ReportEvent> events,
        List<String> notes) {

    public static final int SCHEMA_VERSION = 1;
}
