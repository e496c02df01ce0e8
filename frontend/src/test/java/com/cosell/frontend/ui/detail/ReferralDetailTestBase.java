package com.cosell.frontend.ui.detail;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.when;

import com.cosell.api.referral.Referral;
import com.cosell.frontend.backend.Reasons;
import com.cosell.frontend.support.Fixtures;
import com.cosell.frontend.ui.ViewTestBase;
import com.vaadin.flow.component.button.Button;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;

/** What the referral page's tests share: the backend's answers, opening a referral, its action buttons. */
abstract class ReferralDetailTestBase extends ViewTestBase {

    /** Referral ids are UUIDs: the page takes nothing else for one. */
    static final String ID = "00000000-0000-4000-8000-000000000001";

    @BeforeEach
    void backendAnswers() {
        when(backend.me(any())).thenReturn(Fixtures.partnerAdmin());
        when(backend.history(any(), anyString())).thenReturn(List.of());
        when(backend.recentContacts(any())).thenReturn(List.of());
        when(backend.reasons(any()))
                .thenReturn(new Reasons(
                        List.of("BudgetInsufficient", "Other"), List.of("CustomerChoseAnotherVendor", "Other")));
        when(backend.solutions(any())).thenReturn(Fixtures.solutions());
    }

    void show(Referral r) {
        when(backend.referral(any(), eq(r.id().toString()))).thenReturn(r);
        navigate(ReferralDetailView.class, r.id().toString());
    }

    List<String> actions() {
        return find(Button.class)
                .from(find(com.vaadin.flow.component.orderedlayout.HorizontalLayout.class)
                        .id("actions"))
                .all()
                .stream()
                .map(b -> b.getId().orElse(""))
                .toList();
    }

    void click(String id) {
        test(find(Button.class).id(id)).click();
    }
}
