package io.interviewcoach.report.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

/** Null-tolerant reads from the report tree: a missing or null node reads as null. */
final class Json {
    private Json() {
    }

    static JsonNode at(JsonNode node, String... path) {
        JsonNode n = node == null ? MissingNode.getInstance() : node;
        for (String p : path) {
            n = n.path(p);
        }
        return n;
    }

    static boolean present(JsonNode n) {
        return n != null && !n.isMissingNode() && !n.isNull();
    }

    static Double num(JsonNode node, String... path) {
        JsonNode n = at(node, path);
        if (n.isNumber()) {
            double v = n.asDouble();
            return Double.isFinite(v) ? v : null;
        }
        if (n.isBoolean()) {
            return n.asBoolean() ? 1.0 : 0.0;
        }
        return null;
    }

    static String text(JsonNode node, String... path) {
        JsonNode n = at(node, path);
        if (!present(n) || n.isContainerNode()) {
            return null;
        }
        return n.asText();
    }

    static boolean flag(JsonNode node, String field) {
        JsonNode n = at(node, field);
        return n.isBoolean() ? n.asBoolean() : n.isNumber() && n.asDouble() > 0;
    }
}
