package com.cosell.frontend.ui.detail;

import com.cosell.api.referral.HistoryEntry;
import com.cosell.api.referral.Referral;
import com.cosell.api.referral.Stage;
import com.cosell.frontend.backend.BackendClient;
import com.cosell.frontend.backend.BackendException;
import com.cosell.frontend.backend.DuplicatesApi;
import com.cosell.frontend.backend.Me;
import com.cosell.frontend.backend.PatchOperation;
import com.cosell.frontend.events.ReferralEvents;
import com.cosell.frontend.presence.Presence;
import com.cosell.frontend.ui.Routes;
import com.cosell.frontend.ui.common.FavoriteToggle;
import com.cosell.frontend.ui.common.Roles;
import com.cosell.frontend.ui.common.StageBadge;
import com.cosell.frontend.ui.common.TypeBadge;
import com.cosell.frontend.ui.common.Workspace;
import com.cosell.frontend.user.CurrentUser;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * One referral: its facts, people, solutions, the other parties' status, its history, and the
 * actions its stage and the user's role allow. Changes are sent with the eTag shown, so a change
 * someone else made meanwhile is never overwritten: the user is told and offered a reload.
 */
@Route(Routes.REFERRAL)
@PermitAll
public class ReferralDetailView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private final CurrentUser user;
    private final BackendClient backend;
    private final DuplicatesApi duplicates;
    private final Clock clock;
    private final Presence presence;
    private final com.cosell.frontend.backend.OwnersApi owners;
    private @Nullable PresenceAvatars viewers;
    private com.cosell.frontend.ui.comment.@Nullable CommentsPanel comments; // kept across redraws, with any draft
    private @Nullable Me me;
    private @Nullable Referral referral;
    private @Nullable ReferralDialog open;
    private String id = "";

    ReferralDetailView(
            CurrentUser user,
            BackendClient backend,
            DuplicatesApi duplicates,
            ReferralEvents events,
            Clock clock,
            Presence presence,
            com.cosell.frontend.backend.OwnersApi owners) {
        this.presence = presence;
        this.owners = owners;
        this.user = user;
        this.backend = backend;
        this.duplicates = duplicates;
        this.clock = clock;
        new LiveChanges(this, events); // follows the referral while the page is attached
        addClassName("detail-view");
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        if (!isReferralId(parameter)) {
            // The backend would answer "Type mismatch"; an address that cannot name a referral is not found.
            event.rerouteToError(NotFoundException.class);
            return;
        }
        id = parameter;
        Optional<Me> who;
        try {
            who = Workspace.enter(event, user);
        } catch (BackendException e) {
            showFailure(e);
            return;
        }
        if (who.isPresent()) {
            me = who.get();
            viewers = new PresenceAvatars(presence, parameter, user.authentication(), me);
            reload();
        }
    }

    /** Referral ids are UUIDs; anything else in the address is a mistyped or truncated link. */
    static boolean isReferralId(String parameter) {
        try {
            return UUID.fromString(parameter).toString().equalsIgnoreCase(parameter);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    @Override
    public String getPageTitle() {
        return referral == null || referral.name() == null ? getTranslation("app.name") : referral.name();
    }

    /** Reads the referral and its history again and redraws the page. */
    public void reload() {
        try {
            Referral fresh = backend.referral(user.authentication(), id);
            List<HistoryEntry> history;
            try {
                history = backend.history(user.authentication(), id);
            } catch (BackendException e) {
                history = List.of();
            }
            render(fresh, history);
        } catch (BackendException e) {
            showFailure(e);
        }
    }

    private void showFailure(BackendException e) {
        removeAll();
        Paragraph p = new Paragraph(
                e.status() == 404
                        ? getTranslation("detail.not-found")
                        : getTranslation("detail.load-failed", e.getMessage()));
        p.setId("detail-error");
        p.addClassName("error-text");
        add(back(), p);
    }

    private RouterLink back() {
        // back to the tab, filter and row the list was left at
        RouterLink link = Routes.link(getTranslation("detail.back"), Routes.LIST, Routes.lastList());
        link.setId("back-to-list");
        return link;
    }

    private void render(Referral r, List<HistoryEntry> history) {
        referral = r;
        removeAll();
        H2 title = new H2(r.name() == null ? "—" : r.name());
        title.setId("referral-name");
        FavoriteToggle heart = new FavoriteToggle(r.favorited(), this::setFavorite);
        heart.setId("detail-favorite");
        HorizontalLayout header = new HorizontalLayout(
                heart, title, new StageBadge(r, me != null && Roles.isSeller(me)), new TypeBadge(r));
        if (viewers != null) {
            header.add(viewers); // the same component across redraws: joining once per open page
        }
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.addClassName("detail-header");
        Div sections = new Div(
                new DealSummary(r, clock),
                new OwnerControl(r, me, owners, user, this::reload),
                new DuplicatesSection(r, me, duplicates, user, this::reload, e -> showStale()),
                new PeopleList("team-list", "detail.team", r.teamOrEmpty()),
                new PeopleList(
                        "contact-list",
                        "detail.contacts",
                        r.customerProfile() == null
                                ? List.of()
                                : r.customerProfile().teamOrEmpty()),
                new SolutionList(r.solutions()),
                new RelatedParties(r, me, backend, user, this::reload),
                new Timeline(history, r.parties()));
        if (r.stage() == Stage.WON) {
            sections.addComponentAtIndex(1, ActionBar.registration(r, me, clock, backend, user, this::reload));
        }
        sections.add(comments = com.cosell.frontend.ui.comment.CommentsPanel.of(comments, r, me));
        sections.addClassName("detail-sections");
        add(
                back(),
                header,
                new ActionBar(r, me, clock, backend, duplicates, user, this::save, this::openDialog),
                sections);
    }

    private void openDialog(Supplier<ReferralDialog> dialog) {
        try {
            ReferralDialog d = dialog.get();
            open = d;
            d.addOpenedChangeListener(e -> {
                if (!e.isOpened() && open == d) {
                    open = null;
                }
            });
            d.open();
        } catch (BackendException e) {
            error(e.getMessage());
        }
    }

    /** Sends a dialog's change with the eTag the user saw; the outcome goes back to the dialog or the page. */
    private void save(ReferralDialog dialog, List<PatchOperation> operations) {
        Referral r = referral;
        if (r == null || r.id() == null) {
            return;
        }
        try {
            backend.patch(user.authentication(), r.id().toString(), r.eTag(), operations);
            dialog.close();
            Notification.show(getTranslation("detail.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            reload();
        } catch (BackendException e) {
            if (e.isStale()) {
                dialog.close();
                showStale();
            } else if (e.status() == 400) {
                dialog.showServerErrors(e);
            } else if (e.status() == 409) {
                dialog.showError(
                        e.allowed().isEmpty()
                                ? e.getMessage()
                                : getTranslation("detail.not-possible", String.join(", ", e.allowed())));
            } else {
                dialog.showError(e.getMessage());
            }
        }
    }

    private void setFavorite(boolean on) {
        Referral r = referral;
        if (r == null || r.id() == null) {
            return;
        }
        try {
            backend.patch(user.authentication(), r.id().toString(), null, List.of(PatchOperation.set("/favorite", on)));
            reload();
        } catch (BackendException e) {
            error(getTranslation("favorite.failed", e.getMessage()));
        }
    }

    /** Someone else changed the referral: nothing was saved, and the user chooses when to see the new version. */
    void showStale() {
        StaleNotice.open(this::reload);
    }

    private void error(String message) {
        Notification.show(message).addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    Optional<Dialog> openDialog() {
        return Optional.ofNullable(open);
    }

    /** The referral shown, for {@link LiveChanges}. */
    @Nullable
    Referral referral() {
        return referral;
    }

    @Nullable
    Me me() {
        return me;
    }
}
