package io.interviewcoach.live.rest;

import io.interviewcoach.live.protocol.Limits;

/** The answer to POST /api/sessions: where the socket is and the secret that opens it. */
public record SessionCreated(String id, String token, String socketUrl, int protocolVersion, Limits limits) {}
