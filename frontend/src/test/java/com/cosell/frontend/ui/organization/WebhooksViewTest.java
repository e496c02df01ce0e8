package com.cosell.frontend.ui.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.when;

import com.cosell.frontend.backend.BackendException;
import com.cosell.frontend.backend.FieldError;
import com.cosell.frontend.backend.Me;
import com.cosell.frontend.backend.Webhook;
import com.cosell.frontend.ui.ViewTestBase;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class WebhooksViewTest extends ViewTestBase {

    private static final Me ALICE = new Me(
            "u-alice",
            "Alice Kim",
            "alice@contoso.example.com",
            new Me.Organization("contoso", "Contoso Ltd.", "PARTNER"),
            List.of("MPN_ADMIN"));

    private static Webhook hook(String secret) {
        return new Webhook(
                "w-1",
                "https://crm.example.com/hook",
                List.of("referral-created"),
                "CRM",
                true,
                null,
                Instant.now(),
                0,
                0,
                null,
                null,
                secret);
    }

    @Test
    void withoutWebhooksItSaysSoInsteadOfAnEmptyTable() {
        when(backend.me(any())).thenReturn(ALICE);
        when(webhooks.list(any())).thenReturn(List.of());
        navigate(WebhooksView.class);

        assertThat(find(Grid.class).withId("webhooks").exists())
                .as("hidden while empty")
                .isFalse();
        assertThat(find(Paragraph.class).all()).extracting(Paragraph::getText).contains("No webhook yet.");
    }

    @Test
    void aNewWebhooksSecretIsShownOnceAndARefusedAddressAtItsField() {
        when(backend.me(any())).thenReturn(ALICE);
        when(webhooks.list(any())).thenReturn(List.of());
        when(webhooks.create(any(), eq("ftp://crm.example.com"), any(), any()))
                .thenThrow(
                        new BackendException(
                                400,
                                "url: must be an http or https URL.",
                                List.of(new FieldError("url", "must be an http or https URL.")),
                                List.of(),
                                null) {});
        when(webhooks.create(any(), eq("https://crm.example.com/hook"), any(), any()))
                .thenReturn(hook("whsec_abc"));
        navigate(WebhooksView.class);

        test(find(Button.class).id("webhook-add")).click();
        TextField url = find(TextField.class).id("webhook-url");
        test(url).setValue("ftp://crm.example.com");
        test(find(Button.class).id("webhook-save")).click();
        assertThat(url.isInvalid()).isTrue();
        assertThat(url.getErrorMessage()).isEqualTo("must be an http or https URL.");

        when(webhooks.list(any())).thenReturn(List.of(hook(null)));
        test(url).setValue("https://crm.example.com/hook");
        test(find(Button.class).id("webhook-save")).click();
        assertThat(find(TextField.class).id("webhook-secret").getValue()).isEqualTo("whsec_abc");
        assertThat(test((Grid<?>) find(Grid.class).id("webhooks")).size()).isEqualTo(1);
    }

    @Test
    void aReferralAdminIsToldThePageIsForAdmins() {
        when(backend.me(any()))
                .thenReturn(new Me(
                        "u-bob",
                        "Bob Lee",
                        null,
                        new Me.Organization("contoso", "Contoso Ltd.", "PARTNER"),
                        List.of("REFERRAL_ADMIN")));
        navigate(WebhooksView.class);
        assertThat(find(Button.class).withId("webhook-add").exists()).isFalse();
        assertThat(find(Paragraph.class).all())
                .extracting(Paragraph::getText)
                .anyMatch(t -> t.startsWith("The organization page is for its admins"));
    }
}
