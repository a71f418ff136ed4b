package io.interviewcoach.report.html;

import java.util.Locale;

/** Escaping and formatting for the HTML report. Every piece of report text goes through {@link #esc}. */
final class Html {
    static final String NOT_MEASURED = "not measured";

    private Html() {
    }

    /** Safe for element content and for double- or single-quoted attribute values. */
    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> {
                    // control characters other than tab/newline have no business in a report
                    if (c < 0x20 && c != '\n' && c != '\t' && c != '\r') {
                        b.append(' ');
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }

    /** A number with at most {@code decimals} decimals and no trailing zeros. */
    static String num(double v, int decimals) {
        String s = String.format(Locale.ROOT, "%." + decimals + "f", v);
        if (s.contains(".")) {
            s = s.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return s.equals("-0") ? "0" : s;
    }

    /** SVG coordinates: fixed one decimal. */
    static String c(double v) {
        long tenths = Math.round(v * 10);
        String sign = tenths < 0 ? "-" : "";
        tenths = Math.abs(tenths);
        return sign + (tenths / 10) + "." + (tenths % 10);
    }

    static String time(double sec) {
        if (!Double.isFinite(sec) || sec < 0) {
            sec = 0;
        }
        long s = Math.round(sec);
        return (s / 60) + ":" + String.format(Locale.ROOT, "%02d", s % 60);
    }

    static String range(double start, double end) {
        String a = time(start);
        String b = time(end);
        return a.equals(b) ? a : a + "–" + b;
    }

    static String scoreClass(Double score) {
        if (score == null) {
            return "na";
        }
        return score >= 80 ? "good" : score >= 60 ? "ok" : "bad";
    }

    static String scoreWord(Double score) {
        if (score == null) {
            return "Not measured";
        }
        return score >= 85 ? "Excellent" : score >= 70 ? "Good" : score >= 55 ? "Fair" : "Needs work";
    }

    /** "eyeContactRatio" → "Eye contact ratio". */
    static String words(String camel) {
        if (camel == null || camel.isEmpty()) {
            return "";
        }
        String spaced = camel.replaceAll("Hz$", " (Hz)").replaceAll("([a-z0-9])([A-Z])", "$1 $2").replace('_', ' ')
                .toLowerCase(Locale.ROOT).replace("(hz)", "(Hz)");
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }

    /** A value with its unit as the report writes it: "12%", "3/min", "140 wpm". */
    static String withUnit(double value, String unit) {
        String n = num(value, Math.abs(value) >= 100 ? 0 : 1);
        if (unit == null || unit.isEmpty()) {
            return n;
        }
        return unit.startsWith("/") || unit.equals("%") ? n + unit : n + " " + unit;
    }
}
