package com.cosell.frontend.ui.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.cosell.frontend.backend.EmailPreferences;
import com.cosell.frontend.support.Fixtures;
import com.cosell.frontend.ui.ViewTestBase;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EmailPreferencesViewTest extends ViewTestBase {

    private static final List<String> ALL = List.of(
            "NEW_INBOUND",
            "ACCEPTED",
            "DECLINED",
            "EXPIRED",
            "VENDOR_ENGAGED",
            "VENDOR_DECLINED",
            "EXPIRING_SOON",
            "REGISTRATION_REVIEWED",
            "WEBHOOK_DISABLED");

    @BeforeEach
    void signedIn() {
        when(backend.me(any())).thenReturn(Fixtures.partner("REFERRAL_ADMIN"));
        when(mail.get(any()))
                .thenReturn(new EmailPreferences(
                        "bob@contoso.example.com", "en", "INSTANT", List.of("NEW_INBOUND", "ACCEPTED"), ALL));
    }

    @Test
    @SuppressWarnings("unchecked")
    void showsTheChoicesAndSavesThemInTheBackendsOrder() {
        navigate(EmailPreferencesView.class);
        assertThat(find(Paragraph.class).id("email-address").getText()).contains("bob@contoso.example.com");
        RadioButtonGroup<String> delivery = find(RadioButtonGroup.class).id("email-delivery");
        Select<String> language = find(Select.class).id("email-language");
        CheckboxGroup<String> kinds = find(CheckboxGroup.class).id("email-kinds");
        assertThat(delivery.getValue()).isEqualTo("INSTANT");
        assertThat(kinds.getValue()).containsExactlyInAnyOrder("NEW_INBOUND", "ACCEPTED");
        assertThat(delivery.getItemLabelGenerator().apply("DIGEST")).isEqualTo("A daily summary");
        assertThat(kinds.getItemLabelGenerator().apply("NEW_INBOUND")).isEqualTo("A new inbound referral");

        delivery.setValue("DIGEST");
        language.setValue("ko");
        kinds.setValue(Set.of("WEBHOOK_DISABLED", "NEW_INBOUND", "EXPIRED"));
        test(find(Button.class).id("email-save")).click();

        verify(mail).save(any(), eq("ko"), eq("DIGEST"), eq(List.of("NEW_INBOUND", "EXPIRED", "WEBHOOK_DISABLED")));
        assertThat(notificationText()).contains("Email preferences saved");
    }

    @Test
    @SuppressWarnings("unchecked")
    void noEmailGreysOutTheKinds() {
        navigate(EmailPreferencesView.class);
        find(RadioButtonGroup.class).id("email-delivery").setValue("NONE");
        assertThat(find(CheckboxGroup.class).id("email-kinds").isEnabled()).isFalse();
    }

    @Test
    @SuppressWarnings("unchecked")
    void inKorean() {
        korean();
        navigate(EmailPreferencesView.class);
        assertThat(find(H2.class).single().getText()).isEqualTo("이메일 설정");
        assertThat(((RadioButtonGroup<String>) find(RadioButtonGroup.class).id("email-delivery"))
                        .getItemLabelGenerator()
                        .apply("DIGEST"))
                .isEqualTo("하루 한 번 요약");
        assertThat(((CheckboxGroup<String>) find(CheckboxGroup.class).id("email-kinds"))
                        .getItemLabelGenerator()
                        .apply("NEW_INBOUND"))
                .isEqualTo("새 인바운드 추천");
    }

    @Test
    void aRefusalIsShown() {
        when(mail.get(any())).thenThrow(new Refusal(503, "The Co-sell service cannot be reached right now."));
        navigate(EmailPreferencesView.class);
        assertThat(find(Paragraph.class).id("email-error").getText()).contains("cannot be reached");
    }

    @Test
    void theAccountPageLinksHere() {
        navigate(HomeView.class);
        assertThat(find(RouterLink.class).id("me-email-preferences").getHref()).isEqualTo("account/email");
    }
}
