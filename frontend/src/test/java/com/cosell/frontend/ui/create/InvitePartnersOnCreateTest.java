package com.cosell.frontend.ui.create;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.cosell.api.catalogue.Solution;
import com.cosell.api.referral.AssistanceRequestCode;
import com.cosell.api.referral.Referral;
import com.cosell.api.referral.ReferralType;
import com.cosell.frontend.backend.FieldError;
import com.cosell.frontend.backend.Organization;
import com.cosell.frontend.support.Fixtures;
import com.cosell.frontend.ui.ViewTestBase;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** The create flow's last step invites partners from the co-sell directory, each with its own ask. */
class InvitePartnersOnCreateTest extends ViewTestBase {

    private static final String R9 = Fixtures.id("r-9");

    static final List<Organization> DIRECTORY = List.of(
            new Organization(
                    "fabrikam",
                    "Fabrikam, Inc.",
                    "PARTNER",
                    List.of(new Organization.Listed(Fixtures.SOLUTION_3, "Fabrikam Data"))),
            new Organization("northwind", "Northwind Partners", "PARTNER", List.of()));

    @BeforeEach
    void backendAnswers() {
        when(backend.me(any())).thenReturn(Fixtures.partnerAdmin());
        when(backend.solutions(any())).thenReturn(Fixtures.solutions());
        when(backend.recentContacts(any())).thenReturn(List.of());
        when(backend.organizations(any())).thenReturn(DIRECTORY);
        when(backend.customers(any(), any(), any(), any())).thenReturn(Fixtures.woodgroveEntities());
    }

    private void next() {
        test(find(Button.class).id("wizard-next")).click();
    }

    @SuppressWarnings("unchecked")
    private void toSaleType(Solution... solutions) {
        navigate(CreateDealView.class);
        ((ComboBox<com.cosell.api.catalogue.Customer>) find(ComboBox.class).id("customer-name"))
                .setValue(Fixtures.woodgroveEntities().getFirst());
        next();
        next();
        find(TextField.class).id("deal-name").setValue("Woodgrove lake");
        find(BigDecimalField.class).id("deal-value").setValue(new BigDecimal("50000"));
        find(DatePicker.class).id("deal-close-date").setValue(LocalDate.now().plusDays(30));
        next();
        find(TextField.class).id("employee-0-phone").setValue("+82 10 1234 5678");
        next();
        for (Solution s : solutions) {
            CheckboxGroup<Solution> group =
                    find(CheckboxGroup.class).id("solutions-" + s.type().toLowerCase());
            group.setValue(Set.of(s));
        }
        next();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aPartnerIsInvitedWithItsOwnHelpAndNotes() {
        toSaleType(Fixtures.solutions().getFirst());
        ComboBox<Organization> search = find(ComboBox.class).id("invite-partner");
        test(search).setFilter("Fabrikam Data"); // a solution's name finds its partner
        assertThat(test(search).getSuggestionItems())
                .extracting(Organization::id)
                .containsExactly("fabrikam");
        search.setValue(DIRECTORY.getFirst());

        next(); // the help wanted is required
        assertThat(find(Select.class).id("invite-code-fabrikam").isInvalid()).isTrue();
        verify(backend, never()).create(any(), any());

        ((Select<String>) find(Select.class).id("invite-code-fabrikam")).setValue("ProofOfConceptOrDemo");
        find(TextArea.class).id("invite-notes-fabrikam").setValue("Run the PoC lab");
        next();
        assertThat(find(com.vaadin.flow.component.html.Span.class)
                        .id("review-partners")
                        .getText())
                .isEqualTo("Fabrikam, Inc.");
        when(backend.create(any(), any())).thenReturn(Fixtures.accepted(R9, "Woodgrove lake", "Independent"));
        test(find(Button.class).id("wizard-create")).click();

        ArgumentCaptor<Referral> body = ArgumentCaptor.forClass(Referral.class);
        verify(backend).create(any(), body.capture());
        assertThat(body.getValue().type()).isEqualTo(ReferralType.Independent);
        assertThat(body.getValue().target())
                .containsExactly(Referral.Target.invitation(
                        "fabrikam", AssistanceRequestCode.ProofOfConceptOrDemo, "Run the PoC lab"));
    }

    @Test
    void anotherPartnersSolutionOffersToInviteThatPartner() {
        toSaleType(Fixtures.solutions().get(2));
        test(find(Button.class).id("invite-offer-fabrikam")).click();

        assertThat(find(Select.class).id("invite-code-fabrikam")).isNotNull();
        test(find(Button.class).id("invite-remove-fabrikam")).click();
        assertThat(find(Select.class).all())
                .noneMatch(s -> "invite-code-fabrikam".equals(s.getId().orElse("")));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theServersComplaintAboutAnInvitationShowsAtThatPartner() {
        toSaleType(Fixtures.solutions().getFirst());
        ((ComboBox<Organization>) find(ComboBox.class).id("invite-partner")).setValue(DIRECTORY.get(1));
        ((Select<String>) find(Select.class).id("invite-code-northwind")).setValue("GeneralOrOther");
        next();
        when(backend.create(any(), any()))
                .thenThrow(new Refusal(
                        400,
                        "target/0/id: not a partner",
                        List.of(new FieldError("target/0/id", "'northwind' is not a partner organization.")),
                        List.of()));
        test(find(Button.class).id("wizard-create")).click();

        Select<String> code = find(Select.class).id("invite-code-northwind");
        assertThat(code.isInvalid()).isTrue();
        assertThat(code.getErrorMessage()).contains("not a partner organization");
    }

    @Test
    @SuppressWarnings("unchecked")
    void inKoreanTheInvitationsAreTranslated() {
        korean();
        toSaleType(Fixtures.solutions().getFirst());
        ((ComboBox<Organization>) find(ComboBox.class).id("invite-partner")).setValue(DIRECTORY.getFirst());
        assertThat(visibleTexts()).contains("파트너 초대", "Fabrikam, Inc.에 요청할 지원").noneMatch(t -> t.startsWith("!"));
    }
}
