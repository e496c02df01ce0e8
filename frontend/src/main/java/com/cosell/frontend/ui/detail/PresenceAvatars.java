package com.cosell.frontend.ui.detail;

import com.cosell.frontend.presence.Presence;
import com.cosell.frontend.ui.common.UiAccess;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.avatar.AvatarGroup;
import com.vaadin.flow.component.avatar.AvatarGroup.AvatarGroupI18n;
import com.vaadin.flow.component.avatar.AvatarGroup.AvatarGroupItem;
import com.vaadin.flow.shared.Registration;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The avatars of the other people who have this referral open right now, updated live. */
class PresenceAvatars extends AvatarGroup {

    private final Presence presence;
    private final String referralId;
    private final Presence.Viewer me;
    private @Nullable Registration joined;
    private @Nullable Registration heartbeat;

    PresenceAvatars(Presence presence, String referralId, String userId, String name) {
        this.presence = presence;
        this.referralId = referralId;
        this.me = new Presence.Viewer(UUID.randomUUID().toString(), userId, name);
        setId("presence");
        setMaxItemsVisible(5);
        getElement().setAttribute("role", "group"); // the web component labels itself but gives itself no role
        setI18n(new AvatarGroupI18n().setAnonymous(getTranslation("avatars.anonymous"))
                .setOneActiveUser(getTranslation("avatars.viewing.one"))
                .setManyActiveUsers(getTranslation("avatars.viewing.many")));
    }

    @Override
    protected void onAttach(AttachEvent event) {
        joined = presence.join(referralId, me, () -> UiAccess.run(event.getUI(), this::refresh));
        // Each heartbeat of this page says it is still open, and lets go of pages that fell silent
        heartbeat = event.getUI().addHeartbeatListener(e -> presence.seen(referralId, me.viewId()));
        refresh();
    }

    @Override
    protected void onDetach(DetachEvent event) {
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
        var others = presence.others(referralId, me.userId());
        setItems(others.stream().map(v -> new AvatarGroupItem(v.name())).toList());
        setVisible(!others.isEmpty()); // nobody else: nothing to show or announce
        getElement().setAttribute("title", getTranslation("detail.presence", others.size()));
    }
}
