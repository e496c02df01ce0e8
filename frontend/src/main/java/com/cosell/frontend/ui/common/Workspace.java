package com.cosell.frontend.ui.common;

import com.cosell.frontend.backend.BackendException;
import com.cosell.frontend.backend.Me;
import com.cosell.frontend.ui.Routes;
import com.cosell.frontend.user.CurrentUser;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.router.BeforeEvent;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;

/** The entry check of every workspace page: people without a role or organization go to the no-access page. */
public final class Workspace {

    private Workspace() {}

    /** The user, or empty after forwarding them; a backend that cannot be reached is rethrown for the view to say. */
    public static Optional<Me> enter(BeforeEvent event, CurrentUser user) {
        Me me;
        try {
            me = user.me();
        } catch (BackendException e) {
            if (e.status() == 403) {
                event.forwardTo(Routes.NO_ACCESS);
                return Optional.empty();
            }
            throw e;
        }
        if (!me.hasAnyRole()) {
            event.forwardTo(Routes.NO_ACCESS);
            return Optional.empty();
        }
        return Optional.of(me);
    }

    /**
     * Opens a form page: a title, then the form if the user's role may use it, else why not. Returns
     * whether the form was built, so the page builds it only once.
     *
     * @param error turns a message into the page's error paragraph
     */
    public static <P extends Component & HasComponents> boolean openForm(
            BeforeEvent event,
            CurrentUser user,
            P page,
            String titleKey,
            Predicate<Me> allowed,
            String notAllowedKey,
            Consumer<Me> build,
            Function<String, Component> error) {
        Optional<Me> me;
        try {
            me = enter(event, user);
        } catch (BackendException e) {
            page.add(new H2(page.getTranslation(titleKey)), error.apply(e.getMessage()));
            return false;
        }
        if (me.isEmpty()) {
            return false;
        }
        page.add(new H2(page.getTranslation(titleKey)));
        if (!allowed.test(me.get())) {
            page.add(error.apply(page.getTranslation(notAllowedKey)));
            return false;
        }
        try {
            build.accept(me.get());
            return true;
        } catch (BackendException e) {
            page.add(error.apply(page.getTranslation("create.load-failed", e.getMessage())));
            return false;
        }
    }
}
