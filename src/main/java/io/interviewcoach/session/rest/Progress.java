package io.interviewcoach.session.rest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.interviewcoach.session.store.ScorePoint;

/**
 * GET /api/progress: an owner's finished sessions in time order with their scores, and per score category the trend:
 * first and last measured value, how many sessions measured it, and the change from first to last (null when
 * nothing was measured; a session that did not measure a category does not count for it).
 */
@Schema(name = "Progress")
public record Progress(
        @Schema(description = "finished sessions with a report, oldest first") List<ScorePoint> points,
        @Schema(description = "by category: overall, bodyLanguage, facialExpression, vocalDelivery, speechContent")
        Map<String, Trend> trends) {

    @Schema(name = "Trend")
    public record Trend(@Schema(nullable = true) Double first, @Schema(nullable = true) Double last, int count,
            @Schema(description = "last - first", nullable = true) Double change) {

        static Trend of(List<Double> values) {
            List<Double> measured = values.stream().filter(v -> v != null).toList();
            if (measured.isEmpty()) {
                return new Trend(null, null, 0, null);
            }
            double first = measured.get(0);
            double last = measured.get(measured.size() - 1);
            return new Trend(first, last, measured.size(), last - first);
        }
    }

    static Progress of(List<ScorePoint> points) {
        Map<String, Function<ScorePoint, Double>> categories = new LinkedHashMap<>();
        categories.put("overall", ScorePoint::overall);
        categories.put("bodyLanguage", ScorePoint::bodyLanguage);
        categories.put("facialExpression", ScorePoint::facialExpression);
        categories.put("vocalDelivery", ScorePoint::vocalDelivery);
        categories.put("speechContent", ScorePoint::speechContent);
        Map<String, Trend> trends = new LinkedHashMap<>();
        categories.forEach((name, score) -> {
            List<Double> values = new ArrayList<>();
            points.forEach(p -> values.add(score.apply(p)));
            trends.put(name, Trend.of(values));
        });
        return new Progress(points, trends);
    }
}
