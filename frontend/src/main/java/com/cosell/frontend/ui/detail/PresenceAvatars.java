package com.cosell.frontend.ui.detail;

import com.cosell.frontend.backend.Me;
import com.cosell.frontend.backend.PresenceApi.Viewer;
import com.cosell.frontend.presence.Presence;
import com.cosell.frontend.ui.common.UiAccess;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.avatar.AvatarGroup;
import com.vaadin.flow.component.avatar.AvatarGroup.AvatarGroupI18n;
import com.vaadin.flow.component.avatar.AvatarGroup.AvatarGroupItem;
import com.vaadin.flow.shared.Registration;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;

/**
 * The avatars of the other people who have this deal open right now, updated live: colleagues by
 * name, the other parties' people with their organization.
 */
class PresenceAvatars extends AvatarGroup {

    private final Presence presence;
    private final String referralId;
    private final Authentication user;
    private final String userId;
    private final String organizationId;
    /** This page's own id: two tabs of one person are two views. */
    private final String viewId = UUID.randomUUID().toString();

    private @Nullable Registration joined;
    private @Nullable Registration heartbeat;

    PresenceAvatars(Presence presence, String referralId, Authentication user, Me me) {
        this.presence = presence;
        this.referralId = referralId;
        this.user = user;
        this.userId = me.id();
        this.organizationId = me.organization().id();
        setId("presence");
        setMaxItemsVisible(5);
        getElement().setAttribute("role", "group"); // the web component labels itself but gives itself no role
        setI18n(new AvatarGroupI18n()
                .setAnonymous(getTranslation("avatars.anonymous"))
                .setOneActiveUser(getTranslation("avatars.viewing.one"))
                .setManyActiveUsers(getTranslation("avatars.viewing.many")));
    }

    @Override
    protected void onAttach(AttachEvent event) {
        if (joined == null) {
            joined = presence.join(user, referralId, viewId, () -> UiAccess.run(event.getUI(), this::refresh));
            // Each heartbeat of this page tells the backend it is still open (a closed browser stops
            // beating). Nothing else does: the page's server side outlives a closed browser by minutes
            // and redraws itself on live events, which says nothing about the browser.
            heartbeat = event.getUI().addHeartbeatListener(e -> presence.seen(user, referralId, viewId));
        }
        refresh();
    }

    @Override
    protected void onDetach(DetachEvent event) {
        UI ui = event.getUI();
        if (ui.isClosing()) {
            leave();
            return;
        }
        // A redraw of the page detaches and attaches this component within one round trip: only a page
        // the user left (this component still detached when the answer goes out) leaves.
        ui.beforeClientResponse(ui, context -> {
            if (!isAttached()) {
                leave();
            }
        });
    }

    private void leave() {
        if (joined != null) {
            joined.remove();
            joined = null;
        }
        if (heartbeat != null) {
            heartbeat.remove();
            heartbeat = null;
        }
    }

    private void refresh() {
        var others = presence.others(referralId, userId);
        setItems(others.stream().map(this::item).toList());
        setVisible(!others.isEmpty()); // nobody else: nothing to show or announce
        getElement().setAttribute("title", getTranslation("detail.presence", others.size()));
    }

    private AvatarGroupItem item(Viewer v) {
        if (v.organizationId().equals(organizationId)) {
            return new AvatarGroupItem(v.name());
        }
        AvatarGroupItem item =
                new AvatarGroupItem(getTranslation("detail.presence.otherParty", v.name(), v.organizationName()));
        item.setAbbreviation(initials(v.name())); // the person's, not "(Organization)"'s
        return item;
    }

    private static String initials(String name) {
        StringBuilder s = new StringBuilder();
        for (String word : name.trim().split("\\s+")) {
            if (!word.isEmpty() && s.length() < 2) {
                s.appendCodePoint(word.codePointAt(0));
            }
        }
        return s.toString().toUpperCase(java.util.Locale.ROOT);
    }
}
