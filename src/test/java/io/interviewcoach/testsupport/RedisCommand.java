package io.interviewcoach.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/** One command to the machine's Redis (127.0.0.1:6379) over RESP, for tests that look at the stored live state. */
public final class RedisCommand {
    private RedisCommand() {
    }

    /** The reply as text (an integer as its digits), null for a nil reply. */
    public static String run(String... command) throws IOException {
        return runIn(0, command);
    }

    /** As {@link #run}, in logical database {@code db}. */
    public static String runIn(int db, String... command) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", 6379)) {
            OutputStream o = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            if (db != 0) {
                send(o, "SELECT", String.valueOf(db));
                reply(in);
            }
            send(o, command);
            return reply(in);
        }
    }

    private static void send(OutputStream o, String... command) throws IOException {
        StringBuilder out = new StringBuilder("*" + command.length + "\r\n");
        for (String part : command) {
            out.append('$').append(part.getBytes(StandardCharsets.UTF_8).length).append("\r\n").append(part).append("\r\n");
        }
        o.write(out.toString().getBytes(StandardCharsets.UTF_8));
        o.flush();
    }

    private static String reply(InputStream in) throws IOException {
        String head = line(in);
        return switch (head.charAt(0)) {
            case ':', '+' -> head.substring(1);
            case '$' -> head.equals("$-1") ? null : line(in);
            default -> throw new IOException("Redis answered " + head);
        };
    }

    private static String line(InputStream in) throws IOException {
        StringBuilder s = new StringBuilder();
        for (int b = in.read(); b != '\n' && b >= 0; b = in.read()) {
            if (b != '\r') {
                s.append((char) b);
            }
        }
        return s.toString();
    }
}
