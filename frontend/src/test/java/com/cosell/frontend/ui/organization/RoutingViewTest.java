package com.cosell.frontend.ui.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.when;

import com.cosell.api.referral.Owner;
import com.cosell.frontend.backend.FieldError;
import com.cosell.frontend.backend.OwnersApi;
import com.cosell.frontend.support.Fixtures;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The routing rules page: the organization admin's, rules listed with the conflict check, refusals at their fields. */
class RoutingViewTest extends com.cosell.frontend.ui.ViewTestBase {

    private static final Owner BOB = new Owner("u-bob", "Bob Lee");
    private static final Owner ALICE = new Owner("u-alice", "Alice Kim");

    @Test
    void anAdminAddsARuleAndSeesTheShadowWarning() {
        when(backend.me(any())).thenReturn(Fixtures.partnerAdmin());
        when(backend.solutions(any())).thenReturn(Fixtures.solutions());
        when(owners.people(any())).thenReturn(List.of(ALICE, BOB));
        OwnersApi.RoutingRule first =
                new OwnersApi.RoutingRule("r-1", 1, List.of("KR"), null, null, List.of(ALICE), null);
        OwnersApi.RoutingRule second =
                new OwnersApi.RoutingRule("r-2", 2, List.of("JP", "KR"), null, null, List.of(ALICE, BOB), "r-1");
        when(owners.rules(any())).thenReturn(List.of(first), List.of(first, second));
        when(owners.addRule(any(), eq(2), eq(List.of("JP", "KR")), eq(null), any()))
                .thenReturn(new OwnersApi.Written(second, List.of("Never applies: rule 1 (KR × any solution)")));
        navigate(RoutingView.class);

        test(find(IntegerField.class).id("routing-precedence")).setValue(2);
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<String> region = find(MultiSelectComboBox.class).id("routing-countries");
        region.setValue(Set.of("KR", "JP")); // a region: both countries, whatever the order picked
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<Owner> people = find(MultiSelectComboBox.class).id("routing-owners");
        people.setValue(Set.of(ALICE, BOB));
        test(find(Button.class).id("routing-add")).click();

        assertThat(find(Paragraph.class).id("routing-warnings").getText()).contains("Never applies");
        @SuppressWarnings("unchecked")
        Grid<OwnersApi.RoutingRule> grid = find(Grid.class).id("routing-rules");
        assertThat(test(grid).size()).isEqualTo(2);
        assertThat(test(grid).getCellText(1, 4)).isEqualTo("Never applies: an earlier rule matches first");
        assertThat(test(grid).getCellText(1, 1)).isEqualTo("Japan (JP), South Korea (KR)");
    }

    @Test
    void aTakenPrecedenceAndARefusedCountryAreShownAtTheirFields() {
        when(backend.me(any())).thenReturn(Fixtures.partnerAdmin());
        when(owners.people(any())).thenReturn(List.of(BOB));
        when(owners.rules(any())).thenReturn(List.of());
        when(owners.addRule(any(), eq(1), eq(List.of("KR")), any(), any()))
                .thenThrow(
                        new Refusal(
                                400,
                                "countries/0: refused",
                                List.of(new FieldError("countries/0", "'KR' is not a country this rule may name.")),
                                List.of()),
                        new Refusal(409, "Precedence 1 is already taken by another rule"));
        navigate(RoutingView.class);
        test(find(IntegerField.class).id("routing-precedence")).setValue(1);
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<String> region = find(MultiSelectComboBox.class).id("routing-countries");
        region.setValue(Set.of("KR"));
        test(find(Button.class).id("routing-add")).click();
        assertThat(region.isInvalid()).isTrue();
        assertThat(region.getErrorMessage()).contains("'KR'");

        test(find(Button.class).id("routing-add")).click();
        IntegerField precedence = find(IntegerField.class).id("routing-precedence");
        assertThat(precedence.isInvalid()).isTrue();
        assertThat(precedence.getErrorMessage()).contains("already taken");
        assertThat(region.isInvalid()).isFalse(); // each try starts clean
    }

    @Test
    void aReferralAdminIsNotAnAdmin() {
        when(backend.me(any())).thenReturn(Fixtures.partner("REFERRAL_ADMIN"));
        navigate(RoutingView.class);
        assertThat(find(Grid.class).withId("routing-rules").exists()).isFalse();
    }
}
