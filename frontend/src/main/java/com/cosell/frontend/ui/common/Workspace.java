package com.cosell.frontend.ui.common;

import com.cosell.frontend.backend.BackendException;
import com.cosell.frontend.backend.Me;
import com.cosell.frontend.ui.CurrentUser;
import com.cosell.frontend.ui.NoAccessView;
import com.vaadin.flow.router.BeforeEvent;
import java.util.Optional;

/** The entry check of every workspace page: people without a role or organisation go to the no-access page. */
public final class Workspace {

    private Workspace() {
    }

    /** The user, or empty after forwarding them; a backend that cannot be reached is rethrown for the view to say. */
    public static Optional<Me> enter(BeforeEvent event, CurrentUser user) {
        Me me;
        try {
            me = user.me();
        } catch (BackendException e) {
            if (e.status() == 403) {
                event.forwardTo(NoAccessView.class);
                return Optional.empty();
            }
            throw e;
        }
        if (!me.hasAnyRole()) {
            event.forwardTo(NoAccessView.class);
            return Optional.empty();
        }
        return Optional.of(me);
    }
}
