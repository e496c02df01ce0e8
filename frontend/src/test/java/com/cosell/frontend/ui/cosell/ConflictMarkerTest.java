package com.cosell.frontend.ui.cosell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.cosell.frontend.support.Fixtures;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The vendor's list marks the copies another partner's deal on the same customer conflicts with; partners' lists never ask. */
class ConflictMarkerTest extends CoSellViewTestBase {

    @Test
    void theVendorSeesWhichRowsConflict() {
        when(backend.me(any())).thenReturn(Fixtures.seller());
        when(duplicates.conflicts(any(), anyList())).thenReturn(Map.of(R2, List.of()));
        navigate(CoSellView.class);

        assertThat(test(grid()).getLitRendererPropertyValue(0, "name", "conflict", Boolean.class))
                .isFalse();
        assertThat(test(grid()).getLitRendererPropertyValue(1, "name", "conflict", Boolean.class))
                .isTrue();
        assertThat(test(grid()).getLitRendererPropertyValue(1, "name", "conflictTitle", String.class))
                .isEqualTo("Another partner works the same customer");
        assertThat(ReferralGrid.NAME).contains("?hidden=\"${!item.conflict}\"");
    }

    @Test
    void aPartnerNeverAsksAboutConflicts() {
        navigate(CoSellView.class);

        assertThat(test(grid()).getLitRendererPropertyValue(1, "name", "conflict", Boolean.class))
                .isFalse();
        verify(duplicates, never()).conflicts(any(), anyList());
    }
}
