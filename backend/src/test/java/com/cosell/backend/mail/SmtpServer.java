package com.cosell.backend.mail;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Arrays;
import java.util.List;

/** A real SMTP server (GreenMail) on a fixed free port, so that it can be stopped and started again (an outage). */
final class SmtpServer {

    private final int port;
    private GreenMail server;

    SmtpServer() {
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        start();
    }

    int port() {
        return port;
    }

    void start() {
        server = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        server.start();
    }

    void stop() {
        server.stop();
    }

    void clear() throws Exception {
        server.purgeEmailFromAllMailboxes();
    }

    List<MimeMessage> received() {
        return Arrays.asList(server.getReceivedMessages());
    }

    List<MimeMessage> to(String address) {
        return received().stream().filter(m -> recipients(m).contains(address)).toList();
    }

    static String recipients(MimeMessage m) {
        try {
            return Arrays.toString(m.getAllRecipients());
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String body(MimeMessage m) {
        try {
            return String.valueOf(m.getContent());
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String header(MimeMessage m, String name) {
        try {
            String[] values = m.getHeader(name);
            return values == null ? "" : String.join(",", values);
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
