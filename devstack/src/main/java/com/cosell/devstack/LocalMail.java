package com.cosell.devstack;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The local stack's mail server: GreenMail takes every mail the backend sends over SMTP and delivers
 * none. Each one can be read over IMAP (the recipient's address is both user and password) and is
 * also written to {@code <dataDir>/mail/NNNN-<recipient>.eml}, which any mail program or editor opens.
 */
final class LocalMail implements AutoCloseable {

    private final GreenMail server;
    private final Path folder;
    private final ScheduledExecutorService writer;
    private int written;

    private LocalMail(GreenMail server, Path folder) {
        this.server = server;
        this.folder = folder;
        this.writer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "local-mail-writer");
            t.setDaemon(true);
            return t;
        });
    }

    static LocalMail start(Path folder, int smtpPort, int imapPort) throws IOException {
        Files.createDirectories(folder);
        GreenMail server = new GreenMail(new ServerSetup[] {
            new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP),
            new ServerSetup(imapPort, "127.0.0.1", ServerSetup.PROTOCOL_IMAP)
        });
        server.start();
        LocalMail mail = new LocalMail(server, folder);
        mail.writer.scheduleWithFixedDelay(mail::writeNew, 1, 1, TimeUnit.SECONDS);
        return mail;
    }

    /**
     * Writes the mails that arrived since the last call as .eml files. Never throws: a scheduled task
     * that throws is never run again, and every later mail would silently stay unwritten.
     */
    synchronized void writeNew() {
        MimeMessage[] received;
        try {
            received = server.getReceivedMessages();
        } catch (RuntimeException e) {
            System.err.println("Could not read the received mail (tried again in a second): " + e);
            return;
        }
        for (; written < received.length; written++) {
            MimeMessage m = received[written];
            try {
                Address[] to = m.getAllRecipients();
                String recipient = to == null || to.length == 0
                        ? "unknown"
                        : to[0].toString().replaceAll(".*<(.*)>.*", "$1").replaceAll("[^A-Za-z0-9@._-]", "_");
                try (OutputStream out =
                        Files.newOutputStream(folder.resolve("%04d-%s.eml".formatted(written + 1, recipient)))) {
                    m.writeTo(out);
                }
            } catch (IOException | MessagingException | RuntimeException e) {
                System.err.println("Could not write mail " + (written + 1) + ": " + e.getMessage());
            }
        }
    }

    @Override
    public void close() {
        writer.shutdownNow();
        writeNew();
        server.stop();
    }
}
