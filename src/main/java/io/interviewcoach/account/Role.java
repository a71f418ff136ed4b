package io.interviewcoach.account;

import java.util.Locale;

/** What an account may do (docs/security.md, "Accounts and tokens"). */
public enum Role {
    /** Practises; owns their sessions. */
    CANDIDATE,
    /** Reads the sessions candidates shared with them. */
    COACH,
    /** Lists users; no session content unless shared. */
    ADMIN;

    /** The stored and wire form: lower case. */
    public String wire() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The role of a wire name; IllegalArgumentException for an unknown one. */
    public static Role of(String wire) {
        for (Role r : values()) {
            if (r.wire().equals(wire)) {
                return r;
            }
        }
        throw new IllegalArgumentException("unknown role '" + wire + "'");
    }
}
