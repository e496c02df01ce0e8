package com.cosell.devstack;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The local stack's mail server keeps what is sent over SMTP, readable over IMAP and as .eml files. */
class LocalMailTest {

    @TempDir
    Path dir;

    /** A mail session sending to the local mail server's SMTP port. */
    private static Session smtp(int port) {
        Properties props = new Properties();
        props.put("mail.smtp.host", "127.0.0.1");
        props.put("mail.smtp.port", String.valueOf(port));
        return Session.getInstance(props);
    }

    private static MimeMessage mail(Session session, String to, String subject) throws Exception {
        MimeMessage m = new MimeMessage(session);
        m.setFrom(new InternetAddress("co-sell@localhost"));
        m.setRecipients(Message.RecipientType.TO, InternetAddress.parse(to));
        m.setSubject(subject, "UTF-8");
        m.setText("Hello", "UTF-8");
        return m;
    }

    private static List<String> files(Path folder) throws Exception {
        try (var list = Files.list(folder)) {
            return list.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aMailSentOverSmtpIsReadableOverImapAndAsAFile() throws Exception {
        int smtp = StackSettings.freePort();
        int imap = StackSettings.freePort();
        Path folder = dir.resolve("mail");
        try (LocalMail mail = LocalMail.start(folder, smtp, imap)) {
            Transport.send(mail(smtp(smtp), "alice@contoso.example.com", "Co-sell: 새 인바운드 추천"));

            mail.writeNew();
            assertThat(files(folder)).containsExactly("0001-alice@contoso.example.com.eml");
            assertThat(Files.readString(folder.resolve("0001-alice@contoso.example.com.eml")))
                    .contains("Subject: =?UTF-8?");

            Store store = Session.getInstance(new Properties()).getStore("imap");
            store.connect("127.0.0.1", imap, "alice@contoso.example.com", "alice@contoso.example.com");
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            assertThat(inbox.getMessages()).extracting(Message::getSubject).containsExactly("Co-sell: 새 인바운드 추천");
            store.close();
        }
    }

    /** GreenMail lists mail by mailbox: a new mail to one person lands before what another already had. */
    @Test
    void mailToOnePersonAfterAnothersIsWrittenOnceEachInTheOrderItCame() throws Exception {
        int smtp = StackSettings.freePort();
        Path folder = dir.resolve("mail");
        try (LocalMail mail = LocalMail.start(folder, smtp, StackSettings.freePort())) {
            Session session = smtp(smtp);
            for (String to : List.of(
                    "mia@microsoft.example.com",
                    "alice@contoso.example.com",
                    "mia@microsoft.example.com",
                    "alice@contoso.example.com")) {
                Transport.send(mail(session, to, "For " + to));
                mail.writeNew();
            }

            assertThat(files(folder))
                    .containsExactly(
                            "0001-mia@microsoft.example.com.eml",
                            "0002-alice@contoso.example.com.eml",
                            "0003-mia@microsoft.example.com.eml",
                            "0004-alice@contoso.example.com.eml");
        }
    }

    /** GreenMail keeps a copy in each recipient's mailbox; the folder gets the mail once. */
    @Test
    void aMailToTwoPeopleIsWrittenOnceNamedByTheFirst() throws Exception {
        int smtp = StackSettings.freePort();
        Path folder = dir.resolve("mail-two");
        try (LocalMail mail = LocalMail.start(folder, smtp, StackSettings.freePort())) {
            Transport.send(mail(smtp(smtp), "alice@contoso.example.com, bob@contoso.example.com", "For both"));
            mail.writeNew();
            mail.writeNew();

            assertThat(files(folder)).containsExactly("0001-alice@contoso.example.com.eml");
        }
    }
}
