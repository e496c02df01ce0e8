package com.cosell.frontend.ui.cosell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;

import com.cosell.api.referral.Referral;
import com.cosell.frontend.backend.ReferralPage;
import com.cosell.frontend.support.Fixtures;
import com.cosell.frontend.ui.ViewTestBase;
import com.vaadin.flow.component.grid.Grid;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Column sizing and the narrow layout of the referral list (the browser test measures the result). */
class ReferralGridTest extends ViewTestBase {

    private static final String LONG = "Woodgrove Bank data platform modernisation and analytics rollout";

    @BeforeEach
    void backendAnswers() {
        when(backend.me(any())).thenReturn(Fixtures.partnerAdmin());
        when(backend.referrals(any(), any()))
                .thenReturn(new ReferralPage(
                        1L, List.of(Fixtures.received("00000000-0000-4000-8000-000000000001", LONG)), null));
    }

    private ReferralGrid grid() {
        return (ReferralGrid) find(Grid.class).id("referral-grid");
    }

    @Test
    void shortColumnsFitTheirContentAndTheNamesShareTheRestWithTheFullTextOnHover() {
        navigate(CoSellView.class);

        for (String key : ReferralGrid.COMPACT) {
            Grid.Column<Referral> column = grid().getColumnByKey(key);
            assertThat(column.isAutoWidth()).as(key).isTrue();
            assertThat(column.getFlexGrow()).as(key).isZero();
        }
        assertThat(grid().getColumnByKey("name").getFlexGrow())
                .isGreaterThan(grid().getColumnByKey("customer").getFlexGrow());
        assertThat(grid().getColumnByKey("name").getTooltipGenerator()).isNotNull();
        assertThat(grid().getColumnByKey("customer").getTooltipGenerator()).isNotNull();
    }

    @Test
    void aNarrowWindowKeepsDealValueAndStageWithTheCustomerUnderTheName() {
        navigate(CoSellView.class);

        grid().setLayout(WindowWidth.forWidth(800));

        assertThat(visibleColumns()).containsExactly("favorite", "name", "value", "stage");
        assertThat(grid().getClassNames()).contains("narrow", "customer-under-name");

        grid().setLayout(WindowWidth.forWidth(1920));
        assertThat(visibleColumns()).hasSize(10); // the owner too
        assertThat(grid().getClassNames()).doesNotContain("narrow", "customer-under-name");
    }

    /** At 1400 pixels with the side menu open the names had about 130 pixels; the customer's column goes to them. */
    @Test
    void aLaptopsWindowPutsTheCustomerUnderTheNameAndKeepsTheOtherColumns() {
        navigate(CoSellView.class);

        grid().setLayout(WindowWidth.forWidth(1400));

        assertThat(visibleColumns())
                .containsExactly(
                        "favorite", "name", "owner", "value", "close", "stage", "type", "time-left", "updated");
        assertThat(grid().getClassNames()).contains("customer-under-name").doesNotContain("narrow");
        assertThat(WindowWidth.forWidth(899)).isEqualTo(WindowWidth.Layout.NARROW);
        assertThat(WindowWidth.forWidth(900)).isEqualTo(WindowWidth.Layout.CUSTOMER_UNDER_NAME);
        assertThat(WindowWidth.forWidth(1600)).isEqualTo(WindowWidth.Layout.WIDE);
    }

    private List<String> visibleColumns() {
        return grid().getColumns().stream()
                .filter(Grid.Column::isVisible)
                .map(Grid.Column::getKey)
                .toList();
    }
}
