package com.cosell.backend.mail.sending;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class MailBackoffTest {

    @Test
    void theWaitDoublesPerFailureUpToTheMaximum() {
        Duration initial = Duration.ofSeconds(30);
        Duration max = Duration.ofHours(1);
        assertThat(MailWorker.backoff(1, initial, max)).isEqualTo(Duration.ofSeconds(30));
        assertThat(MailWorker.backoff(2, initial, max)).isEqualTo(Duration.ofMinutes(1));
        assertThat(MailWorker.backoff(4, initial, max)).isEqualTo(Duration.ofMinutes(4));
        assertThat(MailWorker.backoff(8, initial, max)).isEqualTo(max);
        assertThat(MailWorker.backoff(1000, initial, max)).isEqualTo(max);
    }
}
