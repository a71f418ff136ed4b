package io.interviewcoach.observability;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The series selectors of a PromQL expression, read with a small tokenizer (no promtool on this machine): metric names
 * with their label matchers. Aggregation operators, function names (an identifier followed by "("), the label lists of
 * by/without/on/ignoring/group_left/group_right, keywords, numbers, strings, ranges and offsets are skipped.
 */
final class PromQl {
    private static final Set<String> GROUPING = Set.of("by", "without", "on", "ignoring", "group_left", "group_right");
    private static final Set<String> KEYWORDS = Set.of("and", "or", "unless", "bool", "offset", "atan2", "inf", "nan",
            "sum", "min", "max", "avg", "group", "stddev", "stdvar", "count", "count_values", "bottomk", "topk", "quantile",
            "limitk", "limit_ratio");

    /** A metric name and its matchers: label name to {operator, value}. */
    record Selector(String metric, Map<String, Matcher> matchers) {}

    record Matcher(String op, String value) {}

    private final String s;
    private int i;

    private PromQl(String expr) {
        this.s = expr;
    }

    static List<Selector> selectors(String expr) {
        return new PromQl(expr).parse();
    }

    private List<Selector> parse() {
        List<Selector> found = new ArrayList<>();
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '"' || c == '\'' || c == '`') {
                string();
            } else if (c == '[') {
                skipTo(']');
            } else if (c == '{') {
                Map<String, Matcher> m = matchers();
                if (!m.isEmpty() && m.containsKey("__name__")) {
                    found.add(new Selector(m.get("__name__").value(), m));
                }
            } else if (Character.isDigit(c) || (c == '.' && i + 1 < s.length() && Character.isDigit(s.charAt(i + 1)))) {
                while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '.')) {
                    i++;
                }
            } else if (identStart(c)) {
                String word = ident();
                int after = skipSpaces(i);
                boolean call = after < s.length() && s.charAt(after) == '(';
                if (GROUPING.contains(word)) {
                    i = after;
                    if (call) {
                        skipTo(')');
                    }
                } else if (KEYWORDS.contains(word.toLowerCase()) || call) {
                    continue;
                } else {
                    i = after;
                    Map<String, Matcher> m = i < s.length() && s.charAt(i) == '{' ? matchers() : Map.of();
                    found.add(new Selector(word, m));
                }
            } else {
                i++;
            }
        }
        return found;
    }

    private Map<String, Matcher> matchers() {
        Map<String, Matcher> m = new LinkedHashMap<>();
        i++; // {
        while (true) {
            i = skipSpaces(i);
            if (i >= s.length()) {
                throw new IllegalArgumentException("unclosed { in " + s);
            }
            if (s.charAt(i) == '}') {
                i++;
                return m;
            }
            if (s.charAt(i) == ',') {
                i++;
                continue;
            }
            if (!identStart(s.charAt(i))) {
                throw new IllegalArgumentException("label name expected at " + i + " in " + s);
            }
            String label = ident();
            i = skipSpaces(i);
            int opStart = i;
            while (i < s.length() && "=!~".indexOf(s.charAt(i)) >= 0) {
                i++;
            }
            String op = s.substring(opStart, i);
            if (!Set.of("=", "!=", "=~", "!~").contains(op)) {
                throw new IllegalArgumentException("bad matcher operator '" + op + "' in " + s);
            }
            i = skipSpaces(i);
            m.put(label, new Matcher(op, string()));
        }
    }

    private String string() {
        char quote = s.charAt(i);
        if (quote != '"' && quote != '\'' && quote != '`') {
            throw new IllegalArgumentException("string expected at " + i + " in " + s);
        }
        StringBuilder b = new StringBuilder();
        for (i++; i < s.length() && s.charAt(i) != quote; i++) {
            if (s.charAt(i) == '\\' && quote != '`') {
                i++;
            }
            b.append(s.charAt(i));
        }
        if (i >= s.length()) {
            throw new IllegalArgumentException("unclosed string in " + s);
        }
        i++;
        return b.toString();
    }

    private void skipTo(char close) {
        int end = s.indexOf(close, i);
        if (end < 0) {
            throw new IllegalArgumentException("no " + close + " after " + i + " in " + s);
        }
        i = end + 1;
    }

    private String ident() {
        int start = i;
        while (i < s.length() && (identStart(s.charAt(i)) || Character.isDigit(s.charAt(i)))) {
            i++;
        }
        return s.substring(start, i);
    }

    private int skipSpaces(int from) {
        while (from < s.length() && Character.isWhitespace(s.charAt(from))) {
            from++;
        }
        return from;
    }

    private static boolean identStart(char c) {
        return Character.isLetter(c) || c == '_' || c == ':';
    }
}
