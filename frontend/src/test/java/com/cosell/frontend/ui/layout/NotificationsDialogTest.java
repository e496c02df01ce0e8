package com.cosell.frontend.ui.layout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.cosell.frontend.backend.Notification;
import com.cosell.frontend.backend.NotificationPage;
import com.cosell.frontend.backend.ReferralPage;
import com.cosell.frontend.support.Fixtures;
import com.cosell.frontend.ui.ViewTestBase;
import com.cosell.frontend.ui.cosell.CoSellView;
import com.cosell.frontend.ui.detail.ReferralDetailView;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bell's panel: unread marked, a click reads the notification and opens its referral. */
class NotificationsDialogTest extends ViewTestBase {

    private static final Notification DECLINED = new Notification(
            "n1",
            "DECLINED",
            "00000000-0000-4000-8000-000000000001",
            "Northwind migration",
            "Contoso Ltd.",
            "TimelineTooShort",
            Instant.parse("2026-11-24T09:00:00Z"),
            false);
    private static final Notification OLD = new Notification(
            "n2",
            "NEW_INBOUND",
            "00000000-0000-4000-8000-000000000002",
            "Tailspin <b>toys</b>",
            "Microsoft",
            null,
            Instant.parse("2026-11-20T09:00:00Z"),
            true);

    @Test
    void listsNotificationsAndOpensTheReferral() {
        when(backend.me(any())).thenReturn(Fixtures.seller());
        when(backend.referrals(any(), any())).thenReturn(new ReferralPage(0L, List.of(), null));
        when(backend.notifications(any(), anyInt(), anyInt()))
                .thenReturn(new NotificationPage(1, List.of(DECLINED, OLD)));
        when(backend.referral(any(), eq("00000000-0000-4000-8000-000000000001")))
                .thenReturn(Fixtures.accepted("00000000-0000-4000-8000-000000000001", "Northwind migration", "Shared"));
        when(backend.history(any(), any())).thenReturn(List.of());
        navigate(CoSellView.class);

        assertThat(find(Span.class).id("notification-count").getText()).isEqualTo("1");
        test(find(Button.class).id("notification-bell")).click();

        List<Div> items = find(Div.class).withClassName("notification-item").all();
        assertThat(items).hasSize(2);
        assertThat(items.get(0).getClassNames()).contains("unread");
        assertThat(items.get(1).getClassNames()).doesNotContain("unread");
        assertThat(find(Span.class).withClassName("notification-text").all())
                .extracting(Span::getText)
                .containsExactly(
                        "Contoso Ltd. declined Northwind migration",
                        "New inbound referral: Tailspin <b>toys</b> from Microsoft");

        assertThat(find(Span.class)
                        .withClassName("notification-reason")
                        .single()
                        .getText())
                .isEqualTo("Timeline too short");
        assertThat(items.get(0).getElement().getAttribute("role")).isEqualTo("button");
        assertThat(items.get(0).getElement().getAttribute("tabindex")).isEqualTo("0");

        test(items.get(0)).click();

        verify(backend).markRead(any(), eq("n1"));
        assertThat(getCurrentView()).isInstanceOf(ReferralDetailView.class);
    }

    @Test
    void markAllRead() {
        when(backend.me(any())).thenReturn(Fixtures.seller());
        when(backend.referrals(any(), any())).thenReturn(new ReferralPage(0L, List.of(), null));
        when(backend.notifications(any(), anyInt(), anyInt())).thenReturn(new NotificationPage(1, List.of(DECLINED)));
        navigate(CoSellView.class);

        test(find(Button.class).id("notification-bell")).click();
        test(find(Button.class).id("notifications-mark-all")).click();

        verify(backend).markAllRead(any());
    }
}
