package io.interviewcoach.lifecycle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.interviewcoach.testsupport.PackagedBinary;

/** `coach serve` as a user runs it: bound to this machine only, `--help` binds nothing, SIGTERM stops it in order. */
class ServeSignalIT {

    @Test
    void servesOnLoopbackOnlyHelpBindsNothingAndSigtermStopsIt() throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "signal-it", "serve").toAbsolutePath());
        int port = PackagedBinary.freePort();
        List<String> portOption = List.of("-Dquarkus.http.port=" + port);
        // The machine's PostgreSQL, as in a deployment; the embedded default has its own test (EmbeddedDatabaseIT).
        List<String> serverOptions = new java.util.ArrayList<>(portOption);
        serverOptions.addAll(PackagedBinary.TEST_DATABASE);
        PackagedBinary.Child server = PackagedBinary.start(dir, serverOptions, "serve");
        try {
            server.awaitLive(port);

            Optional<InetAddress> lan = nonLoopbackAddress();
            if (lan.isPresent()) { // a machine without a network interface has nothing to check here
                assertFalse(connects(new InetSocketAddress(lan.get(), port)),
                        "serve accepts connections on " + lan.get() + ": it must bind 127.0.0.1 unless configured");
            }

            // --help on the same port while the server holds it: it must neither bind nor fail
            Path helpDir = Files.createDirectories(dir.resolve("help"));
            PackagedBinary.Child help = PackagedBinary.start(helpDir, portOption, "serve", "--help");
            assertEquals(0, help.waitFor(60), help.stderrText());
            assertTrue(help.stdoutText().startsWith("Usage: coach serve"), help.stdoutText());
            assertEquals("", help.stderrText());

            long signalledAt = System.nanoTime();
            server.signal("TERM");
            int code = server.waitFor(30);
            double exitSec = (System.nanoTime() - signalledAt) / 1e9;
            assertEquals(143, code, server.stderrText());
            assertTrue(exitSec <= 2.0, "serve took " + exitSec + " s to stop");
            String stderr = server.stderrText();
            assertFalse(stderr.contains("Exception") || stderr.contains("\tat "), stderr);
            assertEquals(List.of(), server.crashLogs());
            assertFalse(connects(new InetSocketAddress(InetAddress.getLoopbackAddress(), port)), "the port is still open");
        } finally {
            server.process().destroyForcibly();
        }
    }

    private static boolean connects(InetSocketAddress address) {
        try (Socket s = new Socket()) {
            s.connect(address, 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static Optional<InetAddress> nonLoopbackAddress() throws IOException {
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (nic.isUp() && !nic.isLoopback()) {
                for (InetAddress a : Collections.list(nic.getInetAddresses())) {
                    if (a instanceof Inet4Address) {
                        return Optional.of(a);
                    }
                }
            }
        }
        return Optional.empty();
    }
}
