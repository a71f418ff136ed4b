package io.interviewcoach.report.html;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import io.interviewcoach.fusion.WindowValues;

/** Reads a report file's `timeline` back as {@link WindowValues}, for the charts of the HTML report. */
public final class TimelineValues {
    private TimelineValues() {
    }

    /**
     * Numeric and boolean fields are taken; nested objects are flattened one level
     * ({"face":{"eyeContact":0.8}} gives both "face.eyeContact" and "eyeContact").
     */
    public static List<WindowValues> read(JsonNode timeline) {
        if (timeline == null || !timeline.isArray()) {
            return List.of();
        }
        List<WindowValues> out = new ArrayList<>();
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
