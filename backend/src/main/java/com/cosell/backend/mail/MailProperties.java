package com.cosell.backend.mail;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Email settings (README, "Email notifications"). Without an SMTP host, mail is off: nothing is queued.
 *
 * @param host              the SMTP server; empty turns mail off
 * @param port              its port (587 with STARTTLS, or 25)
 * @param username          SMTP login, empty for none
 * @param password          SMTP password
 * @param from              the From address
 * @param starttls          require STARTTLS before the login and the message
 * @param timeout           connecting, reading and writing to the server; bounds one send well below the lease
 * @param publicUrl         the workspace as people reach it: mails link to referrals and preferences there
 * @param apiUrl            the API as people reach it: the one-click unsubscribe link points there
 * @param workerEnabled     whether this instance sends (all may: rows are leased)
 * @param pollInterval      how often the worker looks for due mail
 * @param lease             how long a worker holds the rows it claimed
 * @param batchSize         rows (instant) or people (digests) claimed per poll
 * @param retryInitialDelay the wait after the first failure; it doubles per failure
 * @param retryMaxDelay     the longest wait between two attempts
 * @param retryWindow       a mail still failing this long after it was queued is given up (kept, marked failed)
 * @param digestPeriod      a digest goes once its oldest mail has waited this long (a day: a daily digest)
 * @param floodLimit        past this many instant mails to one person in a day, the rest wait for a digest
 */
@ConfigurationProperties("cosell.mail")
public record MailProperties(
        @DefaultValue("") String host,
        @DefaultValue("25") int port,
        @DefaultValue("") String username,
        @DefaultValue("") String password,
        @DefaultValue("co-sell@localhost") String from,
        @DefaultValue("false") boolean starttls,
        @DefaultValue("PT30S") Duration timeout,
        @DefaultValue("http://localhost:8080") URI publicUrl,
        @DefaultValue("http://localhost:8081") URI apiUrl,
        @DefaultValue("true") boolean workerEnabled,
        @DefaultValue("PT5S") Duration pollInterval,
        @DefaultValue("PT2M") Duration lease,
        @DefaultValue("50") int batchSize,
        @DefaultValue("PT30S") Duration retryInitialDelay,
        @DefaultValue("PT1H") Duration retryMaxDelay,
        @DefaultValue("P7D") Duration retryWindow,
        @DefaultValue("P1D") Duration digestPeriod,
        @DefaultValue("10") int floodLimit) {

    /** Whether mail is on at all: an SMTP host is configured. */
    public boolean enabled() {
        return !host.isBlank();
    }

    /** An address under {@link #publicUrl()}, whatever trailing slash it was configured with. */
    public String workspace(String path) {
        return strip(publicUrl) + path;
    }

    public String api(String path) {
        return strip(apiUrl) + path;
    }

    private static String strip(URI uri) {
        String s = uri.toString();
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }
}
