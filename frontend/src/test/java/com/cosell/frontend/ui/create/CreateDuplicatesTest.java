package com.cosell.frontend.ui.create;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.when;

import com.cosell.api.catalogue.Customer;
import com.cosell.api.duplicate.Deal;
import com.cosell.frontend.support.Fixtures;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Picking the customer of a new deal shows the organization's open deals on it: open one, or go on. */
class CreateDuplicatesTest extends CreateDealTestBase {

    @Test
    void theCustomerPickedShowsItsOpenDealsToOpenOrGoOn() {
        String existing = Fixtures.id("existing");
        Customer picked = Fixtures.woodgroveEntities().get(1);
        when(duplicates.candidates(any(), eq(picked.name()), eq(picked.country()), eq(picked.duns())))
                .thenReturn(List.of(new Deal(
                        java.util.UUID.fromString(existing),
                        "Woodgrove rollout",
                        picked.name(),
                        "KR",
                        picked.duns(),
                        "Active",
                        "Accepted",
                        Instant.now(),
                        "Duns")));
        navigate(CreateDealView.class);
        assertThat(find(Div.class).withId("possible-duplicates").exists()).isFalse();

        fillCustomer();

        assertThat(find(Anchor.class).id("duplicate-open-" + existing).getText())
                .isEqualTo("Woodgrove rollout");
        assertThat(find(Button.class).withId("duplicate-merge-" + existing).exists())
                .as("nothing to merge before the deal exists")
                .isFalse();
        test(find(Button.class).id("duplicates-go-on")).click();
        assertThat(find(Div.class).withId("possible-duplicates").exists()).isFalse();
    }
}
