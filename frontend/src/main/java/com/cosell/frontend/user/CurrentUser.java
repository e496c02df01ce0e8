package com.cosell.frontend.user;

import com.cosell.frontend.backend.BackendClient;
import com.cosell.frontend.backend.Me;
import com.vaadin.flow.spring.annotation.VaadinSessionScope;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * The signed-in user as the backend describes them, asked once per Vaadin session. The
 * {@link Authentication} is kept so that later calls (from push or other threads) can relay it.
 */
@Component
@VaadinSessionScope
public class CurrentUser {

    private final BackendClient backend;
    private @Nullable Me me;
    private @Nullable Authentication authentication;

    CurrentUser(BackendClient backend) {
        this.backend = backend;
    }

    public synchronized Me me() {
        if (me == null) {
            me = backend.me(authentication());
        }
        return me;
    }

    public synchronized Authentication authentication() {
        if (authentication == null) {
            authentication = SecurityContextHolder.getContext().getAuthentication();
            if (authentication == null) {
                throw new IllegalStateException("No signed-in user in this session");
            }
        }
        return authentication;
    }
}
