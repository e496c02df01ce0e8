package com.cosell.bench.events;

import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.sql.DriverManager;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import org.HdrHistogram.Histogram;

/**
 * The subscriber fleet's process: the WebSocket clients live here, not in the bench's JVM, so that
 * the bench (which holds the backend) can have 10,000 server sockets and this process 10,000 client
 * sockets under an open-file limit of 20,000 each, and so that the bench's heap is the server's alone.
 *
 * <p>Arguments: url, bearer token or "-", n, JDBC URL or "-" (for the LISTEN behind "commit -> frame").
 * Talks to {@link SubscriberFleet} one line per command and one line per reply on stdin/stdout:
 * <pre>
 *   (at start)                     ready | failed MESSAGE
 *   expect KEY 0|1                 ok                   a paced change for KEY is coming; 1 = measured
 *   await KEY T0 TIMEOUT_MS        lost K               T0: the parent's System.nanoTime() at the change
 *   burst KEY,KEY,...              ok                   a burst of changes is coming
 *   awaitBurst T0 TIMEOUT_MS       lost K LAST_ARRIVAL
 *   histograms                     histograms LATENCY FROM_COMMIT BURST   (base64 of compressed HdrHistograms)
 *   sample                         sample KEY BASE64_TEXT | sample - -
 *   quit                           (exits; the OS closes the sockets)
 * </pre>
 * The latencies compare this process's System.nanoTime() with the parent's: both read Linux's
 * CLOCK_MONOTONIC, one clock for every process on the machine.
 */
public final class FleetChild {

    private FleetChild() {}

    public static void main(String[] args) throws Exception {
        PrintStream replies = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        System.setOut(System.err); // logging (logback's console, reactor-netty) must not mix with the replies
        String url = args[0];
        String token = args[1].equals("-") ? null : args[1];
        int n = Integer.parseInt(args[2]);
        CommitListener listener = args[3].equals("-") ? null : new CommitListener(DriverManager.getConnection(args[3]));
        Subscribers subs;
        try {
            subs = new Subscribers(n, url, token, listener == null ? Map.of() : listener.commits);
        } catch (RuntimeException e) {
            replies.println("failed " + e.getMessage());
            System.exit(1);
            return;
        }
        replies.println("ready");
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line; (line = in.readLine()) != null; ) {
            String[] w = line.split(" ");
            switch (w[0]) {
                case "expect" -> {
                    subs.expect(w[1], w[2].equals("1"));
                    replies.println("ok");
                }
                case "await" -> replies.println("lost " + subs.await(w[1], Long.parseLong(w[2]), Long.parseLong(w[3])));
                case "burst" -> {
                    subs.expectBurst(Arrays.asList(w[1].split(",")));
                    replies.println("ok");
                }
                case "awaitBurst" -> {
                    long lost = subs.awaitBurst(Long.parseLong(w[1]), Long.parseLong(w[2]));
                    replies.println("lost " + lost + " " + subs.lastArrival.get());
                }
                case "histograms" ->
                    replies.println("histograms " + encode(subs.latency) + " " + encode(subs.fromCommit) + " "
                            + encode(subs.burst));
                case "sample" ->
                    replies.println(
                            subs.sample == null
                                    ? "sample - -"
                                    : "sample " + subs.sampleId + " "
                                            + Base64.getEncoder()
                                                    .encodeToString(subs.sample.getBytes(StandardCharsets.UTF_8)));
                case "quit" -> {
                    subs.close();
                    System.exit(0);
                }
                default -> replies.println("error unknown command " + w[0]);
            }
        }
        System.exit(0); // the bench is gone
    }

    private static String encode(Histogram h) {
        ByteBuffer b = ByteBuffer.allocate(h.getNeededByteBufferCapacity());
        int len = h.encodeIntoCompressedByteBuffer(b);
        return Base64.getEncoder().encodeToString(Arrays.copyOf(b.array(), len));
    }
}
