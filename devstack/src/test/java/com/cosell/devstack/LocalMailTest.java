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

    @Test
    void aMailSentOverSmtpIsReadableOverImapAndAsAFile() throws Exception {
        int smtp = StackSettings.freePort();
        int imap = StackSettings.freePort();
        Path folder = dir.resolve("mail");
        try (LocalMail mail = LocalMail.start(folder, smtp, imap)) {
            Properties props = new Properties();
            props.put("mail.smtp.host", "127.0.0.1");
            props.put("mail.smtp.port", String.valueOf(smtp));
            Session session = Session.getInstance(props);
            MimeMessage m = new MimeMessage(session);
            m.setFrom(new InternetAddress("co-sell@localhost"));
            m.setRecipient(Message.RecipientType.TO, new InternetAddress("alice@contoso.example.com"));
            m.setSubject("Co-sell: 새 인바운드 추천", "UTF-8");
            m.setText("Hello", "UTF-8");
            Transport.send(m);

            mail.writeNew();
            List<Path> files;
            try (var list = Files.list(folder)) {
                files = list.toList();
            }
            assertThat(files)
                    .extracting(p -> p.getFileName().toString())
                    .containsExactly("0001-alice@contoso.example.com.eml");
            assertThat(Files.readString(files.getFirst())).contains("Subject: =?UTF-8?");

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
            Properties props = new Properties();
            props.put("mail.smtp.host", "127.0.0.1");
            props.put("mail.smtp.port", String.valueOf(smtp));
            Session session = Session.getInstance(props);
            for (String to : List.of(
                    "mia@microsoft.example.com",
                    "alice@contoso.example.com",
                    "mia@microsoft.example.com",
                    "alice@contoso.example.com")) {
                MimeMessage m = new MimeMessage(session);
                m.setFrom(new InternetAddress("co-sell@localhost"));
                m.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
                m.setSubject("For " + to);
                m.setText("Hello");
                Transport.send(m);
                mail.writeNew();
            }

            try (var list = Files.list(folder)) {
                assertThat(list.map(p -> p.getFileName().toString()).sorted())
                        .containsExactly(
                                "0001-mia@microsoft.example.com.eml",
                                "0002-alice@contoso.example.com.eml",
                                "0003-mia@microsoft.example.com.eml",
                                "0004-alice@contoso.example.com.eml");
            }
        }
    }

    /** GreenMail keeps a copy in each recipient's mailbox; the folder gets the mail once. */
    @Test
    void aMailToTwoPeopleIsWrittenOnceNamedByTheFirst() throws Exception {
        int smtp = StackSettings.freePort();
        Path folder = dir.resolve("mail-two");
        try (LocalMail mail = LocalMail.start(folder, smtp, StackSettings.freePort())) {
            Properties props = new Properties();
            props.put("mail.smtp.host", "127.0.0.1");
            props.put("mail.smtp.port", String.valueOf(smtp));
            MimeMessage m = new MimeMessage(Session.getInstance(props));
            m.setFrom(new InternetAddress("co-sell@localhost"));
            m.setRecipients(
                    Message.RecipientType.TO,
                    InternetAddress.parse("alice@contoso.example.com, bob@contoso.example.com"));
            m.setSubject("For both");
            m.setText("Hello");
            Transport.send(m);
            mail.writeNew();
            mail.writeNew();

            try (var list = Files.list(folder)) {
                assertThat(list.map(p -> p.getFileName().toString()))
                        .containsExactly("0001-alice@contoso.example.com.eml");
            }
        }
    }
}
