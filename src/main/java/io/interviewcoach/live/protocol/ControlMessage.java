package io.interviewcoach.live.protocol;

import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A client JSON text message: start, question, answerFinished, pause, resume, calibrate, end. */
public record ControlMessage(Type type, List<String> focus, String questionId) {
    public enum Type { start, question, answerFinished, pause, resume, calibrate, end }

    /** The cue kinds a client may ask for in {@code focus}. */
    public static final Set<String> CUE_KINDS = Set.of("pace", "fillers", "eyeContact", "posture", "voice");

    /** Strict: text after the object ({@code {"type":"end"}x}) makes the message malformed, not an {@code end}. */
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    public static ControlMessage start(List<String> focus) {
        return new ControlMessage(Type.start, focus, null);
    }

    public static ControlMessage question(String questionId) {
        return new ControlMessage(Type.question, null, questionId);
    }

    public static ControlMessage of(Type type) {
        return new ControlMessage(type, null, null);
    }

    public String toJson() {
        var node = MAPPER.createObjectNode().put("type", type.name());
        if (focus != null) {
            focus.forEach(node.putArray("focus")::add);
        }
        if (questionId != null) {
            node.put("questionId", questionId);
        }
        return node.toString();
    }

    /** Reads a control message; anything else is a {@link ProtocolException} saying what is wrong. */
    public static ControlMessage parse(String text) {
        JsonNode node;
        try {
            node = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw malformed("not JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject() || !node.path("type").isTextual()) {
            throw malformed("a control message is a JSON object with a \"type\"");
        }
        Type type;
        try {
            type = Type.valueOf(node.get("type").asText());
        } catch (IllegalArgumentException e) {
            throw malformed("unknown message type \"" + node.get("type").asText() + "\"");
        }
        List<String> focus = null;
        if (node.has("focus")) {
            if (!node.get("focus").isArray()) {
                throw malformed("\"focus\" is a list of cue kinds " + CUE_KINDS);
            }
            focus = new java.util.ArrayList<>();
            for (JsonNode f : node.get("focus")) {
                if (!CUE_KINDS.contains(f.asText())) {
                    throw malformed("unknown cue kind \"" + f.asText() + "\" in focus (known: " + CUE_KINDS + ")");
                }
                focus.add(f.asText());
            }
        }
        String questionId = node.path("questionId").isTextual() ? node.get("questionId").asText() : null;
        if (type == Type.question && (questionId == null || questionId.isBlank())) {
            throw malformed("a question message needs a \"questionId\"");
        }
        return new ControlMessage(type, focus, questionId);
    }

    private static ProtocolException malformed(String message) {
        return new ProtocolException(ErrorCode.malformed, null, message);
    }
}
