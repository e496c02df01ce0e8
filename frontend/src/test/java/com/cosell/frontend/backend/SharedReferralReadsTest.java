package com.cosell.frontend.backend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.cosell.api.referral.Referral;
import com.cosell.frontend.support.Fixtures;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.Authentication;

/** One read per referral and event for all sessions of an organization; never across organizations. */
class SharedReferralReadsTest {

    private static final String R1 = Fixtures.id("r-1");

    private final BackendClient backend = mock(BackendClient.class);
    private final Authentication ana = new TestingAuthenticationToken("ana", "x");
    private final Authentication ben = new TestingAuthenticationToken("ben", "x");
    private final Referral row = Fixtures.received(R1, "Woodgrove");

    @Test
    void sessionsOfOneOrganizationShareTheReadOfOneEvent() {
        when(backend.referral(any(), eq(R1))).thenReturn(row);
        SharedReferralReads reads = new SharedReferralReads(backend, Duration.ofSeconds(5));

        assertThat(reads.read(ana, "contoso", R1, 7)).contains(row);
        assertThat(reads.read(ben, "contoso", R1, 7)).contains(row);
        verify(backend, times(1)).referral(any(), eq(R1));

        reads.read(ben, "contoso", R1, 8); // a later event is read again
        reads.read(ben, "fabrikam", R1, 8); // and never shared with another organization
        verify(backend, times(3)).referral(any(), eq(R1));
    }

    @Test
    void aSessionAskingWhileTheReadRunsWaitsForIt() throws Exception {
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        when(backend.referral(any(), eq(R1))).thenAnswer(i -> {
            inside.countDown();
            release.await(5, TimeUnit.SECONDS);
            return row;
        });
        SharedReferralReads reads = new SharedReferralReads(backend, Duration.ofSeconds(5));
        var pool = Executors.newFixedThreadPool(2);
        try {
            Future<Optional<Referral>> first = pool.submit(() -> reads.read(ana, "contoso", R1, 7));
            assertThat(inside.await(5, TimeUnit.SECONDS)).isTrue();
            Future<Optional<Referral>> second = pool.submit(() -> reads.read(ben, "contoso", R1, 7));
            release.countDown();
            assertThat(List.of(first.get(5, TimeUnit.SECONDS), second.get(5, TimeUnit.SECONDS)))
                    .containsExactly(Optional.of(row), Optional.of(row));
            verify(backend, times(1)).referral(any(), eq(R1));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aRefusedReadIsNotSharedSoTheNextReaderTriesItself() {
        when(backend.referral(eq(ana), eq(R1))).thenThrow(new BackendException(404, "gone", (Throwable) null));
        when(backend.referral(eq(ben), eq(R1))).thenReturn(row);
        SharedReferralReads reads = new SharedReferralReads(backend, Duration.ofSeconds(5));

        assertThat(reads.read(ana, "contoso", R1, 7)).isEmpty();
        assertThat(reads.read(ben, "contoso", R1, 7)).contains(row);
    }
}
