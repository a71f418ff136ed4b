package io.interviewcoach.live.service;

import java.util.List;
import java.util.function.Consumer;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.interviewcoach.analysis.TimelineReport;
import io.interviewcoach.live.protocol.ServerMessage;

/** Several journals as one; a failing journal never reaches the session. */
record SessionJournals(List<SessionJournal> journals) implements SessionJournal {
    private static final Logger LOG = Logger.getLogger(SessionJournals.class);

    @Override
    public void created(String sessionId, String tokenHash, LiveSettings settings) {
        each(sessionId, "created", j -> j.created(sessionId, tokenHash, settings));
    }

    @Override
    public void started(String sessionId, List<String> focus) {
        each(sessionId, "started", j -> j.started(sessionId, focus));
    }

    @Override
    public void window(String sessionId, ServerMessage.Window window) {
        each(sessionId, "window", j -> j.window(sessionId, window));
    }

    @Override
    public void window(String sessionId, ServerMessage.Window window, TimelineReport.Window detail) {
        each(sessionId, "window", j -> j.window(sessionId, window, detail));
    }

    @Override
    public void answer(String sessionId, ServerMessage.Answer answer) {
        each(sessionId, "answer", j -> j.answer(sessionId, answer));
    }

    @Override
    public void finished(String sessionId, ObjectNode report) {
        each(sessionId, "finished", j -> j.finished(sessionId, report));
    }

    @Override
    public void deleted(String sessionId) {
        each(sessionId, "deleted", j -> j.deleted(sessionId));
    }

    @Override
    public void released(String sessionId) {
        each(sessionId, "released", j -> j.released(sessionId));
    }

    private void each(String sessionId, String event, Consumer<SessionJournal> call) {
        for (SessionJournal j : journals) {
            try {
                call.accept(j);
            } catch (RuntimeException e) {
                LOG.errorf(e, "session %s: %s could not record '%s'", sessionId, j.getClass().getSimpleName(), event);
            }
        }
    }
}
