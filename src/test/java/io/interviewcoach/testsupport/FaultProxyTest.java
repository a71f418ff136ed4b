package io.interviewcoach.testsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The proxy between a client and a real echo server on a socket: forwarding, cut, blackhole, restore. */
class FaultProxyTest {
    private ServerSocket echo;
    private FaultProxy proxy;

    @BeforeEach
    void start() throws IOException {
        echo = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread t = new Thread(() -> {
            while (!echo.isClosed()) {
                try {
                    Socket s = echo.accept();
                    Thread c = new Thread(() -> {
                        try (s; InputStream in = s.getInputStream(); OutputStream out = s.getOutputStream()) {
                            in.transferTo(out);
                        } catch (IOException e) {
                            // client gone
                        }
                    });
                    c.setDaemon(true);
                    c.start();
                } catch (IOException e) {
                    return;
                }
            }
        });
        t.setDaemon(true);
        t.start();
        proxy = FaultProxy.to("127.0.0.1", echo.getLocalPort());
    }

    @AfterEach
    void stop() throws IOException {
        proxy.close();
        echo.close();
    }

    private Socket connect() throws IOException {
        Socket s = new Socket(InetAddress.getLoopbackAddress(), proxy.port());
        s.setSoTimeout(1000);
        return s;
    }

    private static String roundTrip(Socket s, String text) throws IOException {
        byte[] sent = text.getBytes(StandardCharsets.UTF_8);
        s.getOutputStream().write(sent);
        s.getOutputStream().flush();
        byte[] got = s.getInputStream().readNBytes(sent.length);
        return new String(got, StandardCharsets.UTF_8);
    }

    @Test
    void forwardsBothWays() throws IOException {
        try (Socket s = connect()) {
            assertEquals("hello", roundTrip(s, "hello"));
            assertEquals("again", roundTrip(s, "again"));
        }
        assertEquals(1, proxy.accepted());
    }

    @Test
    void cutClosesOpenConnectionsAndNewOnesUntilRestored() throws IOException {
        try (Socket open = connect()) {
            assertEquals("before", roundTrip(open, "before"));
            proxy.cut();
            assertEquals(-1, readOrEnd(open), "the open connection is closed");
        }
        try (Socket during = connect()) {
            assertEquals(-1, readOrEnd(during), "a new connection is closed at once");
        }
        proxy.restore();
        try (Socket after = connect()) {
            assertEquals("after", roundTrip(after, "after"));
        }
    }

    @Test
    void blackholeHoldsBytesBackUntilRestored() throws Exception {
        try (Socket s = connect()) {
            proxy.blackhole();
            s.getOutputStream().write("late".getBytes(StandardCharsets.UTF_8));
            s.setSoTimeout(500);
            assertThrows(SocketTimeoutException.class, () -> s.getInputStream().read(), "nothing comes back");
            proxy.restore();
            s.setSoTimeout(2000);
            assertEquals("late", new String(s.getInputStream().readNBytes(4), StandardCharsets.UTF_8),
                    "what was held back arrives once restored");
        }
    }

    /** -1 at end of stream or on a reset; a byte otherwise. */
    private static int readOrEnd(Socket s) throws IOException {
        try {
            return s.getInputStream().read();
        } catch (SocketTimeoutException e) {
            throw e;
        } catch (IOException e) {
            assertTrue(e.getMessage() != null, e.toString());
            return -1;
        }
    }
}
