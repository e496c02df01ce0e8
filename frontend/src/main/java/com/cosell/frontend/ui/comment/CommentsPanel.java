package com.cosell.frontend.ui.comment;

import com.cosell.api.comment.Comment;
import com.cosell.api.referral.Referral;
import com.cosell.api.referral.RelatedParty;
import com.cosell.frontend.backend.BackendException;
import com.cosell.frontend.backend.CommentsApi;
import com.cosell.frontend.backend.Me;
import com.cosell.frontend.events.CommentChange;
import com.cosell.frontend.events.CommentEvents;
import com.cosell.frontend.ui.common.UiAccess;
import com.cosell.frontend.user.CurrentUser;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.di.Instantiator;
import com.vaadin.flow.shared.Registration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The comments of a referral's page, in two clearly separate tabs: "Internal" (the user's
 * organization only) and "With <other party>" (both organizations read it), the latter absent where
 * the deal has no other party. Comments from other browsers appear live. One panel lives as long as
 * its page, so a half-written comment survives the page's redraws.
 */
public class CommentsPanel extends VerticalLayout implements CommentChannel.Writer {

    private final CommentsApi api;
    private final CurrentUser user;
    private final CommentEvents events;
    private final String referralId;
    private final @Nullable String meId;
    private final String ownOrganization;
    // Tabs and a content box rather than a TabSheet, so the tab list can be mended as the list page's is.
    private final Tabs tabs = new Tabs();
    private final Div content = new Div();
    private final Map<Tab, CommentChannel> viewOf = new LinkedHashMap<>();
    private final Map<String, CommentChannel> channels = new LinkedHashMap<>();
    private final Map<String, Tab> tabOf = new LinkedHashMap<>();
    private final Paragraph failure = new Paragraph();
    private String otherParty = "";
    private @Nullable Registration subscription;

    CommentsPanel(CommentsApi api, CurrentUser user, CommentEvents events, Referral r, @Nullable Me me) {
        this.api = api;
        this.user = user;
        this.events = events;
        this.referralId = String.valueOf(r.id());
        this.meId = me == null ? null : me.id();
        this.ownOrganization = me == null ? "" : me.organization().name();
        setId("comments");
        addClassNames("detail-section", "comments-section");
        setPadding(false);
        H3 title = new H3(getTranslation("comments.title"));
        failure.addClassName("error-text");
        failure.setVisible(false);
        tabs.setId("comments-tabs");
        tabs.addSelectedChangeListener(e -> showSelected());
        // As on the list page: vaadin-tabs' focusable scroll box reads as a stray child of the tablist.
        tabs.addAttachListener(e -> tabs.getElement()
                .executeJs(
                        "this.updateComplete.then(() => this.$.scroll && this.$.scroll.removeAttribute('tabindex'))"));
        content.setWidthFull();
        add(title, failure, tabs, content);
        update(r);
    }

    /** This page's panel: the one it has while the referral stays the same, else a new one. */
    public static CommentsPanel of(@Nullable CommentsPanel current, Referral r, @Nullable Me me) {
        if (current != null && current.referralId.equals(String.valueOf(r.id()))) {
            current.update(r);
            return current;
        }
        Instantiator beans = Instantiator.get(UI.getCurrent());
        return new CommentsPanel(
                beans.getOrCreate(CommentsApi.class),
                beans.getOrCreate(CurrentUser.class),
                beans.getOrCreate(CommentEvents.class),
                r,
                me);
    }

    private void update(Referral r) {
        otherParty = r.parties().stream()
                .map(RelatedParty::organizationName)
                .filter(java.util.Objects::nonNull)
                .collect(Collectors.joining(", "));
        reload();
    }

    void reload() {
        Comment.Thread thread;
        try {
            thread = api.thread(user.authentication(), referralId);
        } catch (BackendException e) {
            failure.setText(getTranslation("comments.load-failed", e.getMessage()));
            failure.setVisible(true);
            return;
        }
        failure.setVisible(false);
        for (String channel : List.copyOf(channels.keySet())) {
            if (!thread.channels().contains(channel)) {
                Tab gone = tabOf.remove(channel);
                viewOf.remove(gone);
                tabs.remove(gone);
                showSelected();
                channels.remove(channel);
            }
        }
        for (String channel : thread.channels()) {
            CommentChannel view = channels.computeIfAbsent(channel, this::open);
            view.show(
                    thread.value().stream()
                            .filter(c -> c.channel().equals(channel))
                            .toList(),
                    meId);
        }
        Tab parties = tabOf.get(Comment.PARTIES);
        if (parties != null) {
            parties.setLabel(getTranslation("comments.tab.parties", partyName()));
        }
    }

    private CommentChannel open(String channel) {
        boolean internal = channel.equals(Comment.INTERNAL);
        String org = ownOrganization;
        CommentChannel view = internal
                ? new CommentChannel(
                        channel,
                        getTranslation("comments.internal.hint", org),
                        getTranslation("comments.internal.placeholder"),
                        this)
                : new CommentChannel(
                        channel,
                        getTranslation("comments.parties.hint", org, partyName()),
                        getTranslation("comments.parties.placeholder", partyName()),
                        this);
        Tab tab = new Tab(
                internal
                        ? getTranslation("comments.tab.internal")
                        : getTranslation("comments.tab.parties", partyName()));
        tab.setId("comments-tab-" + channel);
        tabOf.put(channel, tab);
        viewOf.put(tab, view);
        tabs.add(tab);
        showSelected();
        try {
            view.people(api.mentionable(user.authentication(), referralId, channel));
        } catch (BackendException e) {
            view.people(List.of()); // mentions are a help; writing works without them
        }
        return view;
    }

    private void showSelected() {
        content.removeAll();
        CommentChannel shown = viewOf.get(tabs.getSelectedTab());
        if (shown != null) {
            content.add(shown);
        }
    }

    private String partyName() {
        return otherParty.isEmpty() ? getTranslation("comments.other-party") : otherParty;
    }

    @Override
    public void write(String channel, String body, List<String> mentions) {
        api.write(user.authentication(), referralId, channel, body, mentions);
        reload();
    }

    @Override
    public void edit(Comment c, String body) {
        try {
            api.edit(user.authentication(), referralId, c.id(), body, null);
        } catch (BackendException e) {
            error(e);
        }
        reload();
    }

    @Override
    public void delete(Comment c) {
        try {
            api.delete(user.authentication(), referralId, c.id());
        } catch (BackendException e) {
            error(e);
        }
        reload();
    }

    @Override
    public void redraw() {
        reload();
    }

    private void error(BackendException e) {
        Notification.show(
                        e.fieldErrors().isEmpty()
                                ? e.getMessage()
                                : e.fieldErrors().getFirst().message())
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        UI ui = event.getUI();
        subscription = events.subscribe(change -> UiAccess.run(ui, () -> onChange(change)));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (subscription != null) {
            subscription.remove();
            subscription = null;
        }
    }

    /** A comment of this thread changed in some browser: shown at once. */
    void onChange(CommentChange change) {
        if (change.referralId().equals(referralId)) {
            reload();
        }
    }
}
