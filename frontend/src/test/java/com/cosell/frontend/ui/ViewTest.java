package com.cosell.frontend.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;

import com.cosell.frontend.backend.BackendException;
import com.cosell.frontend.backend.Me;
import com.cosell.frontend.ui.account.HomeView;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The views without a browser. The backend is replaced here (its answers are set per test); the
 * real backend is exercised by the end-to-end tests.
 */
class ViewTest extends ViewTestBase {

    private static Me me(String name, String... roles) {
        return new Me(
                "id-1",
                name,
                "bob@contoso.example.com",
                new Me.Organization("contoso", "Contoso Ltd.", "PARTNER"),
                List.of(roles));
    }

    @Test
    void homeShowsTheAccountTheBackendDescribes() {
        when(backend.me(any())).thenReturn(me("Bob Lee", "REFERRAL_ADMIN", "MPN_ADMIN"));

        navigate(HomeView.class);

        assertThat(text("user-name")).isEqualTo("Bob Lee");
        assertThat(text("user-organization")).isEqualTo("Contoso Ltd.");
        assertThat(text("user-roles")).isEqualTo("Referral admin, MPN admin");
        assertThat(text("me-email")).isEqualTo("bob@contoso.example.com");
        assertThat(text("me-organization")).isEqualTo("Contoso Ltd. (partner)");
    }

    @Test
    void userWithoutRoleIsSentToTheNoAccessPage() {
        when(backend.me(any())).thenReturn(me("Dave Jung"));

        navigate("", NoAccessView.class);

        assertThat(find(H2.class).single().getText()).isEqualTo("No access to Co-sell");
        assertThat(text("user-roles")).isEqualTo("No role");
    }

    @Test
    void unregisteredOrganizationIsSentToTheNoAccessPageWithTheReason() {
        when(backend.me(any()))
                .thenThrow(new TestBackendException(403, "Your organization 'umbrella' is not registered in Co-sell."));

        navigate("", NoAccessView.class);

        assertThat(find(Paragraph.class).all())
                .extracting(Paragraph::getText)
                .contains("Your organization 'umbrella' is not registered in Co-sell.");
    }

    @Test
    void unreachableBackendIsSaidInline() {
        when(backend.me(any()))
                .thenThrow(new TestBackendException(0, "The Co-sell service cannot be reached right now."));

        navigate(HomeView.class);

        assertThat(getCurrentView()).isInstanceOf(HomeView.class);
        assertThat(find(Paragraph.class).withId("backend-error").single().getText())
                .isEqualTo("Your account could not be loaded: The Co-sell service cannot be reached right now.");
    }

    @Test
    void markupInNamesIsShownAsText() {
        when(backend.me(any())).thenReturn(me("<img src=x onerror=alert(1)>", "REFERRAL_ADMIN"));

        navigate(HomeView.class);

        Span name = find(Span.class).withId("user-name").single();
        assertThat(name.getText()).isEqualTo("<img src=x onerror=alert(1)>");
        // one text node, nothing parsed into an element
        assertThat(name.getElement().getChildCount()).isEqualTo(1);
        assertThat(name.getElement().getChild(0).isTextNode()).isTrue();
    }

    private String text(String id) {
        return find(Span.class).withId(id).single().getText();
    }

    /** BackendException's constructor is the client's; this mirrors what it throws. */
    static final class TestBackendException extends BackendException {
        TestBackendException(int status, String message) {
            super(status, message, null);
        }
    }
}
