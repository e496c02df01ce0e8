package com.cosell.frontend.ui.send;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.cosell.api.catalogue.Customer;
import com.cosell.api.referral.Referral;
import com.cosell.frontend.backend.FieldError;
import com.cosell.frontend.backend.Organization;
import com.cosell.frontend.support.Fixtures;
import com.cosell.frontend.ui.ViewTestBase;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class SendReferralViewTest extends ViewTestBase {

    private static final String R5 = Fixtures.id("r-5");

    private final Organization contoso = new Organization("contoso", "Contoso Ltd.", "PARTNER");

    @BeforeEach
    void backendAnswers() {
        when(backend.me(any())).thenReturn(Fixtures.seller());
        when(backend.organizations(any()))
                .thenReturn(List.of(contoso, new Organization("fabrikam", "Fabrikam", "PARTNER")));
    }

    @SuppressWarnings("unchecked")
    private void fill() {
        ((ComboBox<Organization>) find(ComboBox.class).id("send-partner")).setValue(contoso);
        ((ComboBox<Customer>) find(ComboBox.class).id("customer-name"))
                .setValue(Fixtures.woodgroveEntities().getFirst());
        find(TextField.class).id("deal-name").setValue("Northwind migration");
        find(TextArea.class).id("send-notes").setValue("Customer wants a migration partner");
    }

    @Test
    void partnerCustomerAndNameAreRequired() {
        navigate(SendReferralView.class);

        test(find(Button.class).id("send-submit")).click();

        assertThat(find(ComboBox.class).id("send-partner").getErrorMessage()).isEqualTo("Choose the partner");
        assertThat(find(ComboBox.class).id("customer-name").getErrorMessage())
                .isEqualTo("Choose the customer from the suggestions");
        assertThat(find(TextField.class).id("deal-name").getErrorMessage()).isEqualTo("Required");
        verify(backend, never()).create(any(), any());
    }

    @Test
    void sendsTheReferralToThePartner() {
        Referral sent = Fixtures.accepted(R5, "Northwind migration", "Shared");
        when(backend.create(any(), any())).thenReturn(sent);
        when(backend.referral(any(), eq(R5))).thenReturn(sent);
        navigate(SendReferralView.class);
        fill();

        test(find(Button.class).id("send-submit")).click();

        ArgumentCaptor<Referral> body = ArgumentCaptor.forClass(Referral.class);
        verify(backend).create(any(), body.capture());
        assertThat(body.getValue().target())
                .containsExactly(new Referral.Target(Referral.Target.BUSINESS_PROFILE, "contoso", null));
        assertThat(body.getValue().inviteContext().notes()).isEqualTo("Customer wants a migration partner");
        assertThat(body.getValue().customerProfile().name()).isEqualTo("Woodgrove Bank");
    }

    @Test
    void aRefusedPartnerIsShownAtThePartnerField() {
        when(backend.create(any(), any()))
                .thenThrow(new Refusal(
                        400,
                        "target: not a partner",
                        List.of(new FieldError("target", "Name exactly one partner organization.")),
                        List.of()));
        navigate(SendReferralView.class);
        fill();

        test(find(Button.class).id("send-submit")).click();

        assertThat(find(ComboBox.class).id("send-partner").getErrorMessage())
                .isEqualTo("Name exactly one partner organization.");
    }

    @Test
    void theSellersFormSpeaksOfThePartnerNotOfMicrosoft() {
        navigate(SendReferralView.class);

        assertThat(find(Paragraph.class).all())
                .extracting(Paragraph::getText)
                .anyMatch(t -> t.contains("the partner sees it only if the customer consents"))
                .noneMatch(t -> t.contains("Microsoft"));
        assertThat(find(com.vaadin.flow.component.checkbox.Checkbox.class)
                        .id("consent")
                        .getLabel())
                .contains("the partner may receive")
                .doesNotContain("Microsoft");
    }

    @Test
    void partnersCannotSendReferrals() {
        when(backend.me(any())).thenReturn(Fixtures.partnerAdmin());
        navigate(SendReferralView.class);

        assertThat(find(Paragraph.class).id("send-error").getText())
                .isEqualTo("Only sellers can send referrals to partners.");
    }
}
