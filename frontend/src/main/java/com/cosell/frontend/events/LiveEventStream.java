package com.cosell.frontend.events;

import com.cosell.frontend.backend.BackendClient;
import com.cosell.frontend.backend.BackendException;
import com.cosell.frontend.backend.Me;
import com.cosell.frontend.notifications.BackendNotificationFeed;
import com.cosell.frontend.presence.Presence;
import com.cosell.frontend.security.AccessTokens;
import com.cosell.frontend.user.CurrentUser;
import com.vaadin.flow.shared.Registration;
import com.vaadin.flow.spring.annotation.VaadinSessionScope;
import jakarta.annotation.PreDestroy;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Brings a signed-in Vaadin session its organization's live events — through the instance's one
 * stream per organization ({@link OrganizationStreams}) — and hands each to the session's views, its
 * comment panels, its presence and the bell.
 */
@Component
@VaadinSessionScope
public class LiveEventStream {

    private final OrganizationStreams streams;
    private final BackendClient backend;
    private final AccessTokens tokens;
    private final CurrentUser user;
    private final LocalReferralEvents events;
    private final BackendNotificationFeed notifications;
    private final CommentEvents comments;
    private final Presence presence;
    private final boolean enabled;
    private @Nullable Registration membership;

    LiveEventStream(
            OrganizationStreams streams,
            BackendClient backend,
            AccessTokens tokens,
            CurrentUser user,
            LocalReferralEvents events,
            BackendNotificationFeed notifications,
            CommentEvents comments,
            Presence presence,
            @Value("${cosell.backend.live-events:true}") boolean enabled) {
        this.streams = streams;
        this.backend = backend;
        this.tokens = tokens;
        this.user = user;
        this.events = events;
        this.notifications = notifications;
        this.comments = comments;
        this.presence = presence;
        this.enabled = enabled;
    }

    /**
     * Idempotent: the first signed-in page of the session joins, later ones keep the membership. Only
     * for someone the backend gave a Co-sell role ({@code me}), in the organization it named.
     */
    public synchronized void start() {
        if (!enabled || membership != null) {
            return;
        }
        Authentication signedIn = user.authentication();
        membership = streams.join(user.me().organization().id(), new Member(signedIn));
    }

    @PreDestroy
    synchronized void stop() {
        if (membership != null) {
            membership.remove();
            membership = null;
        }
    }

    private final class Member implements StreamMember {
        private final Authentication signedIn;

        Member(Authentication signedIn) {
            this.signedIn = signedIn;
        }

        @Override
        public String token() {
            return tokens.of(signedIn);
        }

        @Override
        public boolean stillAllowed(String organizationId) {
            Me me;
            try {
                me = backend.me(signedIn);
            } catch (BackendException e) {
                // Signed out, or refused: no longer. Unreachable: it cannot say now; asked again next time.
                return e.status() != 401 && e.status() != 403;
            }
            return me.hasAnyRole() && me.organization().id().equals(organizationId);
        }

        @Override
        public void deliver(LiveMessage message) {
            switch (message) {
                case ReferralChange change -> events.publish(change);
                case CommentChange change -> comments.publish(change);
                case LiveMessage.PresenceChange change -> presence.update(change.referralId(), change.viewers());
                case LiveMessage.NotificationCreated created -> notifications.changed();
            }
        }
    }
}
