package com.cosell.frontend.ui.cosell;

import static org.assertj.core.api.Assertions.assertThat;

import com.cosell.frontend.ui.cosell.ReferralListFilter.StageFilter;
import com.cosell.frontend.ui.cosell.ReferralListFilter.Tab;
import org.junit.jupiter.api.Test;

class ReferralListFilterTest {

    @Test
    void eachTabHasItsOwnCondition() {
        assertThat(new ReferralListFilter(Tab.INBOUND, StageFilter.ALL, "").toOData())
                .isEqualTo("direction eq 'Incoming'");
        assertThat(new ReferralListFilter(Tab.OUTBOUND, StageFilter.ALL, " ").toOData())
                .isEqualTo("direction eq 'Outgoing'");
        assertThat(new ReferralListFilter(Tab.FAVORITES, StageFilter.ALL, "").toOData())
                .isEqualTo("favorite eq true");
    }

    @Test
    void aSellersOutboundFiltersByWhereThePartnerStands() {
        assertThat(new ReferralListFilter(Tab.OUTBOUND, StageFilter.DECLINED, "", true).toOData())
                .isEqualTo("direction eq 'Outgoing' and relatedParties/any(p:p/substatus eq 'Declined')");
        assertThat(new ReferralListFilter(Tab.INBOUND, StageFilter.DECLINED, "", true).toOData())
                .isEqualTo("direction eq 'Incoming' and substatus eq 'Declined'");
        assertThat(new ReferralListFilter(Tab.OUTBOUND, StageFilter.DECLINED, "", false).toOData())
                .isEqualTo("direction eq 'Outgoing' and substatus eq 'Declined'");
    }

    @Test
    void archivedCoversEveryArchivedOutcome() {
        assertThat(new ReferralListFilter(Tab.OUTBOUND, StageFilter.ARCHIVED, "").toOData())
                .isEqualTo("direction eq 'Outgoing' and status eq 'Closed'");
    }

    @Test
    void searchTextCannotBreakOutOfItsString() {
        assertThat(new ReferralListFilter(Tab.INBOUND, StageFilter.ALL, "x') or (1 eq 1").toOData())
                .isEqualTo("direction eq 'Incoming' and (contains(name,'x'') or (1 eq 1') "
                        + "or contains(customerProfile/name,'x'') or (1 eq 1'))");
    }
}
