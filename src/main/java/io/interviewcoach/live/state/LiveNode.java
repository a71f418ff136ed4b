package io.interviewcoach.live.state;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * This server process among the replicas: an id of its own for its lifetime, recorded with each session it runs, so a
 * session whose server died can be told from one whose server is alive (docs/live-state.md, "When a server dies").
 */
@ApplicationScoped
public class LiveNode {
    private final String id = host() + "-" + ProcessHandle.current().pid() + "-"
            + UUID.randomUUID().toString().substring(0, 8);

    public String id() {
        return id;
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName().replaceAll("[^A-Za-z0-9.-]", "_");
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}
