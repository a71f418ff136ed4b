package io.interviewcoach.config;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Applies configuration keys to an analyzer's settings record: the record's {@code defaults()} stay the one
 * place where defaults live, and any of its fields (nested ones with dots) can be overridden from
 * application.yaml in kebab-case. An unknown key or a value of the wrong type stops start-up with a message
 * that lists the valid keys.
 */
public final class SettingsOverrides {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private SettingsOverrides() {
    }

    public static <T> T apply(String section, T defaults, Map<String, String> overrides) {
        if (overrides == null || overrides.isEmpty()) {
            return defaults;
        }
        ObjectNode tree = MAPPER.valueToTree(defaults);
        for (Map.Entry<String, String> e : new TreeMap<>(overrides).entrySet()) {
            set(section, tree, e.getKey(), e.getValue());
        }
        try {
            @SuppressWarnings("unchecked")
            T result = (T) MAPPER.treeToValue(tree, defaults.getClass());
            return result;
        } catch (Exception ex) {
            throw new IllegalArgumentException("invalid coach." + section + " settings: " + rootMessage(ex), ex);
        }
    }

    private static void set(String section, ObjectNode tree, String key, String value) {
        String[] path = key.split("\\.");
        ObjectNode node = tree;
        for (int i = 0; i < path.length; i++) {
            String field = camel(path[i]);
            JsonNode current = node.get(field);
            if (current == null || (i < path.length - 1 && !current.isObject())) {
                throw new IllegalArgumentException("unknown setting coach." + section + "." + key + "; known: "
                        + String.join(", ", keys(tree, "")));
            }
            if (i < path.length - 1) {
                node = (ObjectNode) current;
                continue;
            }
            try {
                if (current.isBoolean()) {
                    if (!value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
                        throw new NumberFormatException();
                    }
                    node.put(field, Boolean.parseBoolean(value));
                } else if (current.isIntegralNumber()) {
                    node.put(field, Long.parseLong(value.trim()));
                } else if (current.isNumber()) {
                    node.put(field, Double.parseDouble(value.trim()));
                } else if (current.isTextual() || current.isNull()) {
                    node.put(field, value);
                } else {
                    throw new IllegalArgumentException("coach." + section + "." + key + " is a group of settings: set one of "
                            + String.join(", ", keys((ObjectNode) current, key + ".")));
                }
            } catch (NumberFormatException ex) {
                throw new IllegalArgumentException("coach." + section + "." + key + " must be a "
                        + (current.isBoolean() ? "boolean" : current.isIntegralNumber() ? "whole number" : "number")
                        + ", got '" + value + "'");
            }
        }
    }

    /** Every settable key of a settings tree, kebab-case, nested ones with dots. */
    static List<String> keys(ObjectNode tree, String prefix) {
        List<String> out = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> it = tree.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            String key = prefix + kebab(e.getKey());
            if (e.getValue().isObject()) {
                out.addAll(keys((ObjectNode) e.getValue(), key + "."));
            } else if (e.getValue().isValueNode()) {
                out.add(key);
            }
        }
        return out;
    }

    static String camel(String kebab) {
        StringBuilder sb = new StringBuilder();
        boolean upper = false;
        for (char c : kebab.toCharArray()) {
            if (c == '-') {
                upper = true;
            } else {
                sb.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return sb.toString();
    }

    static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage();
    }
}
