package com.cosell.backend.mail.sending;

import com.cosell.backend.mail.MailProperties;
import com.cosell.backend.mail.MailTexts;
import com.cosell.backend.notification.NotificationKind;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Writes the mail for one notification, or a digest of several, in the person's language: plain
 * text with a link to the referral, the preferences and the unsubscribe link, and the RFC 8058
 * one-click unsubscribe headers. The Message-ID comes from the outbox row, so a mail sent again
 * after a crash is recognisably the same mail.
 */
@Component
class MailComposer {

    private final MailProperties properties;

    MailComposer(MailProperties properties) {
        this.properties = properties;
    }

    MimeMessage instant(Session session, Pending p) throws MessagingException {
        MailTexts t = MailTexts.of(p.language());
        String body = greeting(t, p) + "\n\n" + item(t, p) + "\n\n" + footer(t, p);
        return message(session, p, p.id().toString(), subject(t, p), body);
    }

    MimeMessage digest(Session session, List<Pending> rows) throws MessagingException {
        Pending first = rows.getFirst();
        MailTexts t = MailTexts.of(first.language());
        StringBuilder body =
                new StringBuilder(greeting(t, first)).append("\n\n").append(t.get("mail.digest.intro"));
        for (Pending p : rows) {
            body.append("\n\n- ").append(item(t, p).replace("\n", "\n  "));
        }
        body.append("\n\n").append(footer(t, first));
        return message(
                session, first, "digest-" + first.id(), t.get("mail.digest.subject", rows.size()), body.toString());
    }

    private MimeMessage message(Session session, Pending p, String id, String subject, String body)
            throws MessagingException {
        String messageId = "<" + id + "@cosell>";
        MimeMessage m = new MimeMessage(session) {
            @Override
            protected void updateMessageID() throws MessagingException {
                setHeader("Message-ID", messageId);
            }
        };
        try {
            m.setFrom(new InternetAddress(properties.from()));
            m.setRecipient(
                    MimeMessage.RecipientType.TO, new InternetAddress(String.valueOf(p.email()), p.name(), "UTF-8"));
        } catch (UnsupportedEncodingException e) {
            throw new MessagingException("UTF-8", e);
        }
        m.setSubject(subject, "UTF-8");
        m.setText(body, "UTF-8");
        m.setHeader("Content-Language", MailTexts.of(p.language()).language());
        m.setHeader("List-Unsubscribe", "<" + unsubscribe(p) + ">");
        m.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        m.setHeader("Auto-Submitted", "auto-generated");
        return m;
    }

    private static String subject(MailTexts t, Pending p) {
        return "Co-sell: " + t.get("mail.kind." + p.kind().name(), name(p), other(t, p));
    }

    private String item(MailTexts t, Pending p) {
        StringBuilder s = new StringBuilder(t.get("mail.kind." + p.kind().name(), name(p), other(t, p)));
        if (p.reason() != null && !p.reason().isBlank()) {
            s.append("\n").append(t.get("mail.reason", p.reason()));
        }
        s.append("\n").append(t.get("mail.open", link(p)));
        return s.toString();
    }

    private String footer(MailTexts t, Pending p) {
        return "--\n" + t.get("mail.footer") + "\n"
                + t.get("mail.preferences.line", properties.workspace("/account/email")) + "\n"
                + t.get("mail.unsubscribe.line", unsubscribe(p));
    }

    private static String greeting(MailTexts t, Pending p) {
        return p.name() == null ? t.get("mail.greeting.anonymous") : t.get("mail.greeting", p.name());
    }

    /** Where the notification leads in the workspace. */
    String link(Pending p) {
        if (p.kind() == NotificationKind.WEBHOOK_DISABLED) {
            return properties.workspace("/organization/webhooks");
        }
        return p.referralId() == null
                ? properties.workspace("/")
                : properties.workspace("/referrals/" + p.referralId());
    }

    String unsubscribe(Pending p) {
        return properties.api("/v1.0/email/unsubscribe?token=" + p.unsubscribeToken());
    }

    private static String name(Pending p) {
        return p.referralName() == null ? "—" : p.referralName();
    }

    private static String other(MailTexts t, Pending p) {
        return p.otherOrganization() == null ? t.get("mail.someone") : p.otherOrganization();
    }
}
