package com.cosell.frontend.ui.cosell;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.atLeastOnce;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.cosell.api.referral.Referral;
import com.cosell.frontend.backend.ReferralPage;
import com.cosell.frontend.backend.ReferralQuery;
import com.cosell.frontend.support.Fixtures;
import com.cosell.frontend.ui.ViewTestBase;
import com.vaadin.flow.component.grid.Grid;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.mockito.ArgumentCaptor;

/** What the co-sell list's tests share: two received referrals, the backend's pages of them, the grid. */
abstract class CoSellViewTestBase extends ViewTestBase {

    static final String R1 = Fixtures.id("r-1");
    static final String R2 = Fixtures.id("r-2");
    static final String R9 = Fixtures.id("r-9");

    final Referral first = Fixtures.received(R1, "Woodgrove migration");
    final Referral second = Fixtures.received(R2, "<b>Bold</b> deal");

    @BeforeEach
    void backendAnswers() {
        when(backend.me(any())).thenReturn(Fixtures.partnerAdmin());
        answer(List.of(first, second));
    }

    /** The backend's paging: $skip and $top honoured. */
    void answer(List<Referral> all) {
        doAnswer(call -> {
                    ReferralQuery q = call.getArgument(1);
                    return new ReferralPage(
                            (long) all.size(),
                            all.stream().skip(q.skip()).limit(q.top()).toList(),
                            null);
                })
                .when(backend)
                .referrals(any(), any());
    }

    ReferralQuery lastQuery() {
        ArgumentCaptor<ReferralQuery> q = ArgumentCaptor.forClass(ReferralQuery.class);
        verify(backend, atLeastOnce()).referrals(any(), q.capture());
        return q.getValue();
    }

    @SuppressWarnings("unchecked")
    Grid<Referral> grid() {
        return find(Grid.class).id("referral-grid");
    }
}
