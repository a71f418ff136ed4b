package io.interviewcoach.testsupport;

import java.io.IOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * Debian's nginx in front of several local servers, as an Ingress would be: the live socket is routed by a consistent
 * hash of the session id in its path (POST /api/sessions and every other request, having no id, go round robin), a 503
 * or a refused connection is passed on to the next server. Runs in the foreground with its files under {@code dir}.
 */
public final class NginxProxy implements AutoCloseable {
    private static final Path NGINX = Path.of("/usr/sbin/nginx");
    private final Process process;
    private final Path dir;

    private NginxProxy(Process process, Path dir) {
        this.process = process;
        this.dir = dir;
    }

    public static boolean installed() {
        return Files.isExecutable(NGINX);
    }

    public static NginxProxy start(Path dir, int port, List<Integer> upstreams) throws IOException, InterruptedException {
        Files.createDirectories(dir.resolve("logs"));
        // max_fails=0: a server is never set aside, so one started again is routed to at once (a refused connection
        // still goes to the next server)
        String servers = upstreams.stream().map(p -> "    server 127.0.0.1:" + p + " max_fails=0;")
                .collect(Collectors.joining("\n"));
        // Started by root, nginx runs its worker as nobody, which cannot enter a private (mode 700) folder above dir,
        // e.g. a checkout in a mktemp -d folder: its workers then run as the test's own user.
        String user = "root".equals(System.getProperty("user.name")) ? "user root;\n" : "";
        String conf = user + """
                daemon off;
                worker_processes 1;
                pid nginx.pid;
                error_log logs/error.log info;
                events { worker_connections 512; }
                http {
                  access_log logs/access.log;
                  client_body_temp_path tmp-body;
                  proxy_temp_path tmp-proxy;
                  fastcgi_temp_path tmp-fastcgi;
                  uwsgi_temp_path tmp-uwsgi;
                  scgi_temp_path tmp-scgi;
                  client_max_body_size 64m;
                  map $uri $session_id {
                    ~^/api/sessions/(?<sid>[0-9a-f-]+)/live$ $sid;
                    default "";
                  }
                  # only a WebSocket upgrade is passed on (Java's HttpClient offers h2c on every request)
                  map $http_upgrade $ws_upgrade {
                    ~*^websocket$ websocket;
                    default "";
                  }
                  map $ws_upgrade $connection_upgrade {
                    websocket upgrade;
                    default "";
                  }
                  upstream coach {
                    hash $session_id consistent;
                %s
                  }
                  server {
                    listen 127.0.0.1:%d;
                    location / {
                      proxy_pass http://coach;
                      proxy_http_version 1.1;
                      proxy_set_header Upgrade $ws_upgrade;
                      proxy_set_header Connection $connection_upgrade;
                      proxy_read_timeout 300s;
                      proxy_next_upstream error timeout http_503 non_idempotent;
                    }
                  }
                }
                """.formatted(servers, port);
        Path file = dir.resolve("nginx.conf");
        Files.writeString(file, conf);
        Process p = new ProcessBuilder(NGINX.toString(), "-p", dir.toString(), "-c", file.toString(), "-e",
                dir.resolve("logs/stderr.log").toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("logs/stdout.log").toFile()).start();
        NginxProxy proxy = new NginxProxy(p, dir);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < deadline) {
            if (!p.isAlive()) {
                throw new IllegalStateException("nginx exited: " + proxy.errorLog());
            }
            try (Socket s = new Socket("127.0.0.1", port)) {
                return proxy;
            } catch (IOException notYet) {
                Thread.sleep(50);
            }
        }
        proxy.close();
        throw new IllegalStateException("nginx did not listen on " + port + ": " + proxy.errorLog());
    }

    public String errorLog() throws IOException {
        Path log = dir.resolve("logs/error.log");
        return Files.exists(log) ? Files.readString(log) : "";
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(5, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        }
    }
}
