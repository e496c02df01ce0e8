package com.cosell.frontend.ui.notfound;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.cosell.frontend.support.Fixtures;
import com.cosell.frontend.ui.ViewTestBase;
import com.cosell.frontend.ui.cosell.CoSellView;
import com.cosell.frontend.ui.layout.MainLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class NotFoundViewTest extends ViewTestBase {

    @BeforeEach
    void signedIn() {
        when(backend.me(any())).thenReturn(Fixtures.partnerAdmin());
    }

    @Test
    void anUnknownAddressShowsTheAppsOwnPageWithAWayBack() {
        navigate("no/such/page", NotFoundView.class);

        assertThat(find(H2.class).id("not-found").getText()).isEqualTo("Page not found");
        RouterLink back = find(RouterLink.class).id("not-found-back");
        assertThat(back.getHref()).isEqualTo(new RouterLink(CoSellView.class).getHref());
        // In the app's frame: navigation and the user's menu stay.
        assertThat(find(MainLayout.class).all()).hasSize(1);
    }

    @Test
    void aMalformedReferralIdIsNotFoundAndNeverAskedOfTheBackend() {
        navigate("referrals/not-a-referral", NotFoundView.class);

        assertThat(find(H2.class).id("not-found").getText()).isEqualTo("Page not found");
        verify(backend, never()).referral(any(), anyString());
    }

    @Test
    void inKorean() {
        korean();
        navigate("no/such/page", NotFoundView.class);

        assertThat(find(H2.class).id("not-found").getText()).isEqualTo("페이지를 찾을 수 없습니다");
        assertThat(find(RouterLink.class).id("not-found-back").getText()).isEqualTo("공동 판매 기회로 돌아가기");
    }

    @Test
    void onlyACanonicalUuidNamesAReferral() {
        // UUID.fromString alone would take "1-1-1-1-1"; the backend would not.
        navigate("referrals/1-1-1-1-1", NotFoundView.class);
        verify(backend, never()).referral(any(), anyString());
    }
}
