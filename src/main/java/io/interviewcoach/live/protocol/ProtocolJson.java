package io.interviewcoach.live.protocol;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import io.interviewcoach.report.ReportJson;

/** The JSON of server messages: the report's number formatting, one line per message. */
public final class ProtocolJson {
    private static final ObjectMapper MAPPER = ReportJson.mapper().copy().disable(SerializationFeature.INDENT_OUTPUT);

    private ProtocolJson() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static String write(ServerMessage message) {
        try {
            return MAPPER.writeValueAsString(message);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + message.getClass().getSimpleName(), e);
        }
    }
}
