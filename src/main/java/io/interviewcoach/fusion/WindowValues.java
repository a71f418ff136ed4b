package io.interviewcoach.fusion;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A minimal view of one timeline window: start, end and its numeric fields (booleans as 0/1, absent or null
 * fields left out). Fusion uses it only to point at the worst stretches of the recording.
 */
public record WindowValues(double t, double end, Map<String, Double> values) {

    public WindowValues {
        values = values == null ? Map.of() : Map.copyOf(values);
    }

    public Double get(String field) {
        return values.get(field);
    }

    /**
     * Reads a report's `timeline` array. Numeric and boolean fields are taken; nested objects are flattened
     * one level ({"face":{"eyeContact":0.8}} gives both "face.eyeContact" and "eyeContact").
     */
    public static List<WindowValues> fromTimeline(JsonNode timeline) {
        if (timeline == null || !timeline.isArray()) {
            return List.of();
        }
        java.util.ArrayList<WindowValues> out = new java.util.ArrayList<>();
        for (JsonNode w : timeline) {
            JsonNode t = w.get("t");
            if (t == null || !t.isNumber()) {
                continue;
            }
            JsonNode end = w.get("end");
            double start = t.asDouble();
            double stop = end != null && end.isNumber() ? end.asDouble() : start + 1.0;
            Map<String, Double> values = new LinkedHashMap<>();
            collect(w, "", values, 0);
            values.remove("t");
            values.remove("end");
            out.add(new WindowValues(start, stop, values));
        }
        return out;
    }

    private static void collect(JsonNode node, String prefix, Map<String, Double> into, int depth) {
        Iterator<Map.Entry<String, JsonNode>> it = node.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode v = e.getValue();
            String name = e.getKey();
            if (v.isNumber()) {
                put(into, prefix, name, v.asDouble());
            } else if (v.isBoolean()) {
                put(into, prefix, name, v.asBoolean() ? 1.0 : 0.0);
            } else if (v.isObject() && depth == 0) {
                collect(v, name + ".", into, depth + 1);
            }
        }
    }

    private static void put(Map<String, Double> into, String prefix, String name, double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return;
        }
        into.put(prefix + name, value);
        if (!prefix.isEmpty()) {
            into.putIfAbsent(name, value);
        }
    }
}
