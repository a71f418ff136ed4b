package io.interviewcoach.live.protocol;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.JsonNode;

/** The server's JSON text messages (docs/protocol.md); {@code type} names each. Null values mean "not measured". */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({@JsonSubTypes.Type(ServerMessage.Ready.class), @JsonSubTypes.Type(ServerMessage.Window.class),
        @JsonSubTypes.Type(ServerMessage.Cue.class), @JsonSubTypes.Type(ServerMessage.Warning.class),
        @JsonSubTypes.Type(ServerMessage.Status.class), @JsonSubTypes.Type(ServerMessage.Answer.class),
        @JsonSubTypes.Type(ServerMessage.ReportMessage.class), @JsonSubTypes.Type(ServerMessage.Error.class)})
public sealed interface ServerMessage {

    @JsonTypeName("ready")
    record Ready(String sessionId, int protocolVersion, int fps, boolean resumed, Limits limits) implements ServerMessage {}

    /** {@code t}..{@code end}: the window's media time, seconds since the client's first media message. */
    @JsonTypeName("window")
    record Window(int index, double t, double end, WindowMetrics metrics) implements ServerMessage {}

    /**
     * @param fillers filler words (or, without a recognizer, acoustic filled pauses) so far in the session
     */
    record WindowMetrics(Double eyeContact, Boolean faceVisible, Double posture, Boolean speaking, Double wordsPerMinute,
            Integer fillers, Double pitchHz, Double loudnessDb) {}

    @JsonTypeName("cue")
    record Cue(String kind, String text, double t) implements ServerMessage {}

    @JsonTypeName("warning")
    record Warning(String code, String message, double t) implements ServerMessage {}

    /** {@code fps}: the rate the client should send video at (the session's analysis rate). */
    @JsonTypeName("status")
    record Status(int fps, long framesReceived, long framesAnalyzed, long framesDropped, long audioChunksReceived,
            long audioChunksDropped, long audioGapsFilled, Double audioLagSec) implements ServerMessage {}

    @JsonTypeName("answer")
    record Answer(int index, String questionId, double start, double end, AnswerSummary summary) implements ServerMessage {}

    /** {@code report}: the `coach analyze` report JSON plus an {@code answers} array. */
    @JsonTypeName("report")
    record ReportMessage(JsonNode report) implements ServerMessage {}

    @JsonTypeName("error")
    record Error(ErrorCode code, String limit, String message) implements ServerMessage {}
}
