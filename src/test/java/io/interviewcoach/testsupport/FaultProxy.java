package io.interviewcoach.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A TCP proxy on 127.0.0.1 that forwards to one target (Redis, PostgreSQL, anything) and can fail on demand:
 * {@link #cut()} closes every connection and closes new ones as soon as they are accepted (the peer sees a reset),
 * {@link #blackhole()} keeps connections open but holds every byte back (the peer sees a hang, i.e. timeouts; what was
 * held back arrives late, as over a network that heals), and {@link #restore()} forwards again. Plain blocking sockets, two threads per connection.
 */
public final class FaultProxy implements AutoCloseable {
    private enum Mode { FORWARD, CUT, BLACKHOLE }

    private final ServerSocket server;
    private final InetSocketAddress target;
    private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
    private final AtomicLong accepted = new AtomicLong();
    private volatile Mode mode = Mode.FORWARD;

    private FaultProxy(ServerSocket server, InetSocketAddress target) {
        this.server = server;
        this.target = target;
        Thread acceptor = new Thread(this::acceptLoop, "fault-proxy-" + server.getLocalPort());
        acceptor.setDaemon(true);
        acceptor.start();
    }

    /** A proxy on a free port forwarding to {@code host:port}. */
    public static FaultProxy to(String host, int port) throws IOException {
        return on(0, host, port);
    }

    /** A proxy on {@code listenPort} (0: a free one) forwarding to {@code host:port}. */
    public static FaultProxy on(int listenPort, String host, int port) throws IOException {
        ServerSocket server = new ServerSocket();
        server.setReuseAddress(true);
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), listenPort));
        return new FaultProxy(server, new InetSocketAddress(host, port));
    }

    /** A free port on 127.0.0.1 right now (for configuration that must name the port before the proxy starts). */
    public static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    public int port() {
        return server.getLocalPort();
    }

    /** Connections accepted so far (also those closed at once while cut). */
    public long accepted() {
        return accepted.get();
    }

    /** Closes all connections; new ones are closed as soon as they are accepted, until {@link #restore()}. */
    public void cut() {
        mode = Mode.CUT;
        for (Socket s : sockets) {
            closeQuietly(s);
        }
        sockets.clear();
    }

    /** Holds back every byte either way, connections staying open, until {@link #restore()} (or {@link #cut()}). */
    public void blackhole() {
        mode = Mode.BLACKHOLE;
    }

    /** Forwards again (connections cut before stay closed; clients reconnect). */
    public void restore() {
        mode = Mode.FORWARD;
    }

    @Override
    public void close() {
        closeQuietly(server);
        cut();
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            Socket client;
            try {
                client = server.accept();
            } catch (IOException e) {
                return;
            }
            accepted.incrementAndGet();
            if (mode == Mode.CUT) {
                closeQuietly(client);
                continue;
            }
            Socket upstream = new Socket();
            try {
                upstream.connect(target, 2000);
            } catch (IOException e) {
                closeQuietly(client);
                closeQuietly(upstream);
                continue;
            }
            sockets.add(client);
            sockets.add(upstream);
            pump(client, upstream);
            pump(upstream, client);
        }
    }

    private void pump(Socket from, Socket to) {
        Thread t = new Thread(() -> {
            byte[] buffer = new byte[16 * 1024];
            try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
                int n;
                while ((n = in.read(buffer)) >= 0) {
                    while (mode == Mode.BLACKHOLE) {
                        Thread.sleep(10);
                    }
                    out.write(buffer, 0, n);
                    out.flush();
                }
            } catch (IOException | InterruptedException e) {
                // the other side or cut() closed it
            } finally {
                closeQuietly(from);
                closeQuietly(to);
                sockets.remove(from);
                sockets.remove(to);
            }
        }, "fault-proxy-pump");
        t.setDaemon(true);
        t.start();
    }

    private static void closeQuietly(AutoCloseable c) {
        try {
            c.close();
        } catch (Exception e) {
            // closing anyway
        }
    }
}
