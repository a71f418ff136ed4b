package io.interviewcoach.fusion;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A minimal view of one timeline window: start, end and its numeric fields (booleans as 0/1, absent or null
 * fields left out). Fusion uses it only to point at the worst stretches of the recording; the HTML report reads the same view
 * back from a report file (report.html.TimelineValues).
 */
public record WindowValues(double t, double end, Map<String, Double> values) {

    public WindowValues {
        values = values == null ? Map.of() : Map.copyOf(values);
    }

    public Double get(String field) {
        return values.get(field);
    }

    /**
     * The numeric view of one timeline window's fields, as the report's timeline names them (booleans as 0/1;
     * texts, nulls, NaN and infinities left out). A finished analysis, a recovered live session and a report file
     * all read their windows through here, so fusion sees the same names wherever the window came from.
     */
    public static WindowValues of(double t, double end, Map<String, ?> fields) {
        Map<String, Double> v = new LinkedHashMap<>();
        fields.forEach((name, value) -> {
            if (value instanceof Number n) {
                put(v, name, n.doubleValue());
            } else if (value instanceof Boolean b) {
                put(v, name, b ? 1.0 : 0.0);
            }
        });
        return new WindowValues(t, end, v);
    }

    private static void put(Map<String, Double> into, String name, Double value) {
        if (value != null && !value.isNaN() && !value.isInfinite()) {
            into.put(name, value);
        }
    }
}
