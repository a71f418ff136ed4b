package io.interviewcoach.observability;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Prometheus text exposition (/q/metrics) as the sample names it holds, each with the label names and values seen
 * on it. Histogram and counter samples keep their suffixes (_bucket, _count, _sum, _total) as Prometheus stores them,
 * so a query's metric name is looked up exactly as written.
 */
final class Scrape {
    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{(.*)\\})?\\s+\\S+.*$");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

    private final Map<String, Map<String, Set<String>>> labels = new HashMap<>();

    Scrape(String text) {
        for (String line : text.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            Matcher m = SAMPLE.matcher(line.strip());
            if (!m.matches()) {
                throw new IllegalArgumentException("not a sample line: " + line);
            }
            Map<String, Set<String>> series = labels.computeIfAbsent(m.group(1), k -> new HashMap<>());
            if (m.group(3) != null) {
                Matcher l = LABEL.matcher(m.group(3));
                while (l.find()) {
                    series.computeIfAbsent(l.group(1), k -> new HashSet<>()).add(l.group(2));
                }
            }
        }
    }

    boolean has(String metric) {
        return labels.containsKey(metric);
    }

    /** Values the label has on the metric's samples; empty when the label never appears on it. */
    Set<String> values(String metric, String label) {
        return labels.getOrDefault(metric, Map.of()).getOrDefault(label, Set.of());
    }

    int size() {
        return labels.size();
    }
}
