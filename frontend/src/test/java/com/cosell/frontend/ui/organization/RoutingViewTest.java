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
import com.vaadin.flow.component.textfield.TextField;
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
        OwnersApi.RoutingRule first = new OwnersApi.RoutingRule("r-1", 1, "KR", null, null, List.of(ALICE), null);
        OwnersApi.RoutingRule second =
                new OwnersApi.RoutingRule("r-2", 2, "KR", null, null, List.of(ALICE, BOB), "r-1");
        when(owners.rules(any())).thenReturn(List.of(first), List.of(first, second));
        when(owners.addRule(any(), eq(2), eq("KR"), eq(null), any()))
                .thenReturn(new OwnersApi.Written(second, List.of("Never applies: rule 1 (KR × any solution)")));
        navigate(RoutingView.class);

        test(find(IntegerField.class).id("routing-precedence")).setValue(2);
        test(find(TextField.class).id("routing-country")).setValue("KR");
        @SuppressWarnings("unchecked")
        MultiSelectComboBox<Owner> people = find(MultiSelectComboBox.class).id("routing-owners");
        people.setValue(Set.of(ALICE, BOB));
        test(find(Button.class).id("routing-add")).click();

        assertThat(find(Paragraph.class).id("routing-warnings").getText()).contains("Never applies");
        @SuppressWarnings("unchecked")
        Grid<OwnersApi.RoutingRule> grid = find(Grid.class).id("routing-rules");
        assertThat(test(grid).size()).isEqualTo(2);
        assertThat(test(grid).getCellText(1, 4)).isEqualTo("Never applies: an earlier rule matches first");
    }

    @Test
    void aTakenPrecedenceAndABadCountryAreShownAtTheirFields() {
        when(backend.me(any())).thenReturn(Fixtures.partnerAdmin());
        when(owners.people(any())).thenReturn(List.of(BOB));
        when(owners.rules(any())).thenReturn(List.of());
        when(owners.addRule(any(), eq(1), eq("Korea"), any(), any()))
                .thenThrow(new Refusal(
                        400,
                        "country: not a code",
                        List.of(new FieldError("country", "'Korea' is not a two-letter country code (e.g. US, KR).")),
                        List.of()));
        when(owners.addRule(any(), eq(1), eq("KR"), any(), any()))
                .thenThrow(new Refusal(409, "Precedence 1 is already taken by another rule"));
        navigate(RoutingView.class);
        test(find(IntegerField.class).id("routing-precedence")).setValue(1);
        TextField country = find(TextField.class).id("routing-country");
        test(country).setValue("Korea");
        test(find(Button.class).id("routing-add")).click();
        assertThat(country.isInvalid()).isTrue();
        assertThat(country.getErrorMessage()).contains("two-letter");

        test(country).setValue("KR");
        test(find(Button.class).id("routing-add")).click();
        IntegerField precedence = find(IntegerField.class).id("routing-precedence");
        assertThat(precedence.isInvalid()).isTrue();
        assertThat(precedence.getErrorMessage()).contains("already taken");
    }

    @Test
    void aReferralAdminIsNotAnAdmin() {
        when(backend.me(any())).thenReturn(Fixtures.partner("REFERRAL_ADMIN"));
        navigate(RoutingView.class);
        assertThat(find(Grid.class).withId("routing-rules").exists()).isFalse();
    }
}
