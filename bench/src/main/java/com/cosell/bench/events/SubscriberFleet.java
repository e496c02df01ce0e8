package com.cosell.bench.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.HdrHistogram.Histogram;

/**
 * n WebSocket subscribers in a JVM of their own ({@link FleetChild}, same classpath), driven over its
 * stdin/stdout. One fleet per subscriber count and server; {@link #close} ends the process.
 */
final class SubscriberFleet implements AutoCloseable {

    record Burst(long lost, long lastArrival) {}

    record Histograms(Histogram latency, Histogram fromCommit, Histogram burst) {}

    private final Process process;
    private final PrintWriter commands;
    private final BufferedReader replies;

    /**
     * @param token   bearer token, or null
     * @param jdbcUrl where to LISTEN for the commits behind "commit -> frame", or null
     * @param heap    the fleet's -Xmx
     */
    SubscriberFleet(int n, String url, String token, String jdbcUrl, String heap) throws IOException {
        String java = ProcessHandle.current()
                .info()
                .command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        List<String> cmd = new ArrayList<>(List.of(
                java,
                "-Xmx" + heap,
                "-XX:+UseG1GC",
                "-cp",
                System.getProperty("java.class.path"),
                FleetChild.class.getName(),
                url,
                token == null ? "-" : token,
                Integer.toString(n),
                jdbcUrl == null ? "-" : jdbcUrl));
        process = new ProcessBuilder(cmd)
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        commands = new PrintWriter(process.getOutputStream(), true, StandardCharsets.UTF_8);
        replies = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String first = reply();
        if (!first.equals("ready")) {
            close();
            throw new IllegalStateException("the subscriber fleet did not start: " + first);
        }
    }

    /** Registers key before the change is made, so no frame can come before it is known. */
    void expect(String key, boolean measured) throws IOException {
        call("expect " + key + (measured ? " 1" : " 0"));
    }

    /** @param t0 System.nanoTime() when the change was made; returns the subscribers that did not get it */
    int await(String key, long t0, long timeoutMs) throws IOException {
        return Integer.parseInt(
                call("await " + key + " " + t0 + " " + timeoutMs).split(" ")[1]);
    }

    void expectBurst(Collection<String> keys) throws IOException {
        call("burst " + String.join(",", keys));
    }

    Burst awaitBurst(long t0, long timeoutMs) throws IOException {
        String[] w = call("awaitBurst " + t0 + " " + timeoutMs).split(" ");
        return new Burst(Long.parseLong(w[1]), Long.parseLong(w[2]));
    }

    Histograms histograms() throws Exception {
        String[] w = call("histograms").split(" ");
        return new Histograms(decode(w[1]), decode(w[2]), decode(w[3]));
    }

    /** The first measured frame and its key, or null. */
    String[] sample() throws IOException {
        String[] w = call("sample").split(" ");
        return w[1].equals("-")
                ? null
                : new String[] {w[1], new String(Base64.getDecoder().decode(w[2]), StandardCharsets.UTF_8)};
    }

    private String call(String command) throws IOException {
        commands.println(command);
        return reply();
    }

    private String reply() throws IOException {
        String line = replies.readLine();
        if (line == null) {
            throw new IOException("the subscriber fleet ended");
        }
        return line;
    }

    private static Histogram decode(String base64) throws Exception {
        return Histogram.decodeFromCompressedByteBuffer(
                ByteBuffer.wrap(Base64.getDecoder().decode(base64)), 0);
    }

    /** Ends the fleet; its sockets close with the process. */
    @Override
    public void close() {
        commands.println("quit");
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** File descriptors this process has open (Linux), or -1. */
    static int openFds() {
        String[] fds = Path.of("/proc/self/fd").toFile().list();
        return fds == null ? -1 : fds.length;
    }

    /**
     * Fails early, with the reason, if n subscribers cannot fit: the bench holds n server sockets and the
     * fleet n client sockets, each under the open-file limit; the fleet's client ports come from the
     * ephemeral range (per server address, so Co-sell's and the raw server's do not compete).
     */
    static void checkLimits(int n) throws IOException {
        var os = java.lang.management.ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.UnixOperatingSystemMXBean unix) {
            long max = unix.getMaxFileDescriptorCount();
            if (unix.getOpenFileDescriptorCount() + n + 100 > max) {
                throw new IllegalStateException(n + " subscribers need " + n + " sockets beside the "
                        + unix.getOpenFileDescriptorCount() + " files open, over the open-file limit " + max
                        + " (ulimit -n)");
            }
        }
        Path range = Path.of("/proc/sys/net/ipv4/ip_local_port_range");
        if (Files.isReadable(range)) {
            String[] r;
            try (var in = Files.newInputStream(range)) { // not Files.readString: /proc files report a wrong size
                r = new String(in.readAllBytes(), StandardCharsets.US_ASCII)
                        .trim()
                        .split("\\s+");
            }
            int ports = Integer.parseInt(r[1]) - Integer.parseInt(r[0]) + 1;
            if (n > ports) {
                throw new IllegalStateException(n + " subscribers need more client ports than the " + ports
                        + " of net.ipv4.ip_local_port_range");
            }
        }
    }
}
