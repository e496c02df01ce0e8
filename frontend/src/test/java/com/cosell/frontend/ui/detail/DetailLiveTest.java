package com.cosell.frontend.ui.detail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.when;

import com.cosell.api.event.EventType;
import com.cosell.frontend.events.ReferralChange;
import com.cosell.frontend.support.Fixtures;
import com.cosell.frontend.ui.ViewTestBase;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A detail page being read updates in place and says who changed it. */
class DetailLiveTest extends ViewTestBase {

    @Test
    void saysWhoChangedTheReferral() {
        when(backend.me(any())).thenReturn(Fixtures.partnerAdmin());
        when(backend.history(any(), anyString())).thenReturn(List.of());
        when(backend.referral(any(), eq("00000000-0000-4000-8000-00000000001e")))
                .thenReturn(
                        Fixtures.accepted("00000000-0000-4000-8000-00000000001e", "Before", "Shared"),
                        Fixtures.accepted("00000000-0000-4000-8000-00000000001e", "After", "Shared"));
        navigate(ReferralDetailView.class, "00000000-0000-4000-8000-00000000001e");
        assertThat(find(Span.class).withId("changed-by").exists()).isFalse();

        events().publish(new ReferralChange(
                9,
                EventType.REFERRAL_UPDATED,
                "00000000-0000-4000-8000-00000000001e",
                null,
                Instant.now(),
                "Alice Kim",
                List.of(new ReferralChange.FieldChange("/name", "Before", "After"))));

        assertThat(find(Span.class).id("changed-by").getText()).isEqualTo("Just updated by Alice Kim");
        assertThat(find(com.vaadin.flow.component.html.H2.class)
                        .id("referral-name")
                        .getText())
                .isEqualTo("After");
    }
}
