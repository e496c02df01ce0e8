package com.cosell.frontend.ui.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.cosell.api.member.Member;
import com.cosell.frontend.backend.Me;
import com.cosell.frontend.backend.OrganizationMembers;
import com.cosell.frontend.support.Fixtures;
import com.cosell.frontend.ui.ViewTestBase;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrganizationViewTest extends ViewTestBase {

    private static final Me ALICE = new Me(
            "u-alice",
            "Alice Kim",
            "alice@contoso.example.com",
            new Me.Organization("contoso", "Contoso Ltd.", "PARTNER"),
            List.of("MPN_ADMIN"));
    private static final Member ALICE_ROW =
            new Member("u-alice", "alice", "Alice Kim", "alice@contoso.example.com", true, false, List.of("MPN_ADMIN"));
    private static final Member DAVE = new Member("u-dave", "dave", "Dave Jung", null, true, false, List.of());

    private static OrganizationMembers contoso(boolean editable) {
        return new OrganizationMembers(
                ALICE.organization(),
                true,
                editable,
                "https://idp.example/users",
                List.of("MPN_ADMIN", "REFERRAL_ADMIN"),
                List.of(ALICE_ROW, DAVE));
    }

    /** A role's checkbox in a member's row, as the grid renders it. */
    @SuppressWarnings("unchecked")
    private Checkbox box(int row, String role) {
        var cell = test((Grid<Member>) find(Grid.class).id("members")).getCellComponent(row, "roles");
        return cell.getChildren()
                .map(Checkbox.class::cast)
                .filter(c -> c.getId().orElse("").endsWith(role))
                .findFirst()
                .orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private List<String> roleTexts(int row) {
        var cell = test((Grid<Member>) find(Grid.class).id("members")).getCellComponent(row, "roles");
        return cell.getChildren().map(c -> c.getElement().getTextRecursively()).toList();
    }

    @Test
    void anAdminSeesMembersAndTicksARoleThatSavesAtOnce() {
        when(backend.me(any())).thenReturn(ALICE);
        when(backend.members(any())).thenReturn(contoso(true));
        when(backend.changeRoles(any(), eq("u-dave"), eq(List.of("REFERRAL_ADMIN"))))
                .thenReturn(new Member("u-dave", "dave", "Dave Jung", null, true, false, List.of("REFERRAL_ADMIN")));
        navigate(OrganizationView.class);

        assertThat(box(0, "MPN_ADMIN").isEnabled()).as("own admin role").isFalse();
        assertThat(find(Anchor.class).id("organization-manage-link").getHref()).isEqualTo("https://idp.example/users");
        test(box(1, "REFERRAL_ADMIN")).click();
        verify(backend).changeRoles(any(), eq("u-dave"), eq(List.of("REFERRAL_ADMIN")));
        assertThat(notificationText()).contains("Roles of Dave Jung saved");
    }

    @Test
    void aRefusedChangeIsSaidInlineAndTheBoxGoesBack() {
        when(backend.me(any())).thenReturn(ALICE);
        when(backend.members(any())).thenReturn(contoso(true));
        when(backend.changeRoles(any(), any(), any()))
                .thenThrow(new Refusal(502, "The identity provider's admin API failed: 403 Forbidden"));
        navigate(OrganizationView.class);

        Checkbox box = box(1, "MPN_ADMIN");
        test(box).click();
        assertThat(box.getValue()).isFalse();
        Paragraph error = find(Paragraph.class).id("members-error");
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).contains("403 Forbidden");
    }

    @Test
    void readOnlyRolesAreBadges() {
        when(backend.me(any())).thenReturn(ALICE);
        when(backend.members(any())).thenReturn(contoso(false));
        navigate(OrganizationView.class);
        assertThat(roleTexts(0)).containsExactly("MPN admin");
        assertThat(roleTexts(1)).containsExactly("No role");
        assertThat(find(Paragraph.class).all())
                .extracting(Paragraph::getText)
                .contains("Members and roles as the identity provider has them; they are changed there.");
    }

    @Test
    void aReferralAdminIsToldThePageIsForAdmins() {
        when(backend.me(any())).thenReturn(Fixtures.partner("REFERRAL_ADMIN"));
        navigate(OrganizationView.class);
        assertThat(find(Paragraph.class).all())
                .extracting(Paragraph::getText)
                .anyMatch(t -> t.startsWith("The organization page is for its admins"));
        verify(backend, never()).members(any());
    }
}
