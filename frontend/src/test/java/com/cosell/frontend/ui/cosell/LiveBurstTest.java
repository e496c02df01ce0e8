package com.cosell.frontend.ui.cosell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.clearInvocations;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.cosell.api.event.EventType;
import com.cosell.api.referral.Referral;
import com.cosell.frontend.backend.ReferralPage;
import com.cosell.frontend.events.ReferralChange;
import com.cosell.frontend.support.Fixtures;
import com.cosell.frontend.ui.ViewTestBase;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Many changes at once cost one read per referral and at most one reload — never one per change. */
class LiveBurstTest extends ViewTestBase {

    private static final String RA = Fixtures.id("r-a");
    private static final String RB = Fixtures.id("r-b");

    private static ReferralChange updated(String id, long seq) {
        return new ReferralChange(
                seq,
                EventType.REFERRAL_UPDATED,
                id,
                null,
                Instant.now(),
                "Mia Choi",
                List.of(new ReferralChange.FieldChange("/name", null, "x" + seq)));
    }

    @Test
    void aBurstOfChangesIsHandledOncePerReferral() {
        Referral a = Fixtures.accepted(RA, "Deal A", "Shared");
        Referral b = Fixtures.accepted(RB, "Deal B", "Shared");
        when(backend.me(any())).thenReturn(Fixtures.partnerAdmin());
        when(backend.referrals(any(), any())).thenReturn(new ReferralPage(2L, List.of(a, b), null));
        when(backend.referral(any(), eq(RA))).thenReturn(a);
        when(backend.referral(any(), eq(RB))).thenReturn(b);
        CoSellView view = navigate(CoSellView.class);
        clearInvocations(backend);

        List<ReferralChange> burst = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            burst.add(updated(i % 2 == 0 ? RA : RB, i));
        }
        view.onChanges(burst);

        verify(backend, times(1)).referral(any(), eq(RA));
        verify(backend, times(1)).referral(any(), eq(RB));
        verify(backend, times(0)).referrals(any(), any()); // rows redrawn in place, no reload
        assertThat(view.grid().isMarkedChanged(RA)).isTrue();
        assertThat(view.grid().isMarkedChanged(RB)).isTrue();
    }
}
