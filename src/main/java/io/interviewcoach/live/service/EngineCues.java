package io.interviewcoach.live.service;

import java.util.List;
import java.util.Optional;

import io.interviewcoach.fusion.WindowResults;
import io.interviewcoach.live.cues.CueEngine;
import io.interviewcoach.live.cues.CueFocus;
import io.interviewcoach.live.cues.CueSettings;
import io.interviewcoach.live.protocol.ErrorCode;
import io.interviewcoach.live.protocol.ProtocolException;
import io.interviewcoach.live.protocol.ServerMessage;

/** A session's cues from the {@link CueEngine} (docs/live-cues.md), as protocol messages. */
public final class EngineCues implements LiveCues {
    private final CueEngine engine;

    /** @throws ProtocolException for a focus name the protocol does not know (the session goes on) */
    public EngineCues(CueSettings settings, List<String> focus) {
        try {
            this.engine = new CueEngine(settings, CueFocus.of(focus));
        } catch (IllegalArgumentException e) {
            throw new ProtocolException(ErrorCode.malformed, null, "start: " + e.getMessage());
        }
    }

    @Override
    public Optional<ServerMessage.Cue> onWindow(WindowResults results) {
        return engine.onWindow(results).map(c -> new ServerMessage.Cue(c.group(), c.text(), c.t()));
    }

    @Override
    public void newAnswer() {
        engine.newAnswer();
    }
}
