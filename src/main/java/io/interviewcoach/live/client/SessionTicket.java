package io.interviewcoach.live.client;

/** What {@code POST /api/sessions} returns: the session, the secret that opens its socket, and where the socket is. */
public record SessionTicket(String id, String token, String socketUrl) {
}
