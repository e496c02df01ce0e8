package com.cosell.devstack;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;
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
    /** The mails written, by Message-ID, else by their bytes' digest. */
    private final Set<String> seen = new HashSet<>();

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
     * Writes the mails that arrived since the last call as .eml files, numbered in the order they are
     * found (a mail to several people once, named by its first). GreenMail lists its mail mailbox by
     * mailbox, so a new mail to alice comes before the mails mia already had: they are told apart by
     * their Message-ID (or, without one, their bytes), not by their place in the list (a count missed
     * such a mail and wrote another twice). A mail already written is not read again.
     * Never throws: a scheduled task that throws is never run again, and every later mail would
     * silently stay unwritten.
     */
    synchronized void writeNew() {
        MimeMessage[] received;
        try {
            received = server.getReceivedMessages();
        } catch (RuntimeException e) {
            System.err.println("Could not read the received mail (tried again in a second): " + e);
            return;
        }
        for (MimeMessage m : received) {
            try {
                String id = m.getMessageID();
                if (id != null && seen.contains(id)) {
                    continue;
                }
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                m.writeTo(bytes);
                String key = id != null
                        ? id
                        : HexFormat.of()
                                .formatHex(MessageDigest.getInstance("SHA-256").digest(bytes.toByteArray()));
                if (!seen.add(key)) {
                    continue;
                }
                written++;
                Address[] to = m.getAllRecipients();
                String recipient = to == null || to.length == 0
                        ? "unknown"
                        : to[0].toString().replaceAll(".*<(.*)>.*", "$1").replaceAll("[^A-Za-z0-9@._-]", "_");
                Files.write(folder.resolve("%04d-%s.eml".formatted(written, recipient)), bytes.toByteArray());
            } catch (IOException | MessagingException | NoSuchAlgorithmException | RuntimeException e) {
                System.err.println("Could not write a mail: " + e.getMessage());
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
