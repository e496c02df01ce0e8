package com.cosell.frontend.ui.common;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.function.Consumer;

/** The heart: filled when the referral is one of the user's favourites; a click flips it. */
public class FavoriteToggle extends Button {

    private boolean on;

    public FavoriteToggle(boolean on, Consumer<Boolean> onToggle) {
        addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
        addClassName("favorite-toggle");
        show(on);
        addClickListener(e -> onToggle.accept(!this.on));
    }

    public final void show(boolean favourite) {
        this.on = favourite;
        setIcon(favourite ? VaadinIcon.HEART.create() : VaadinIcon.HEART_O.create());
        setAriaLabel(getTranslation(favourite ? "favorite.remove" : "favorite.add"));
        setTooltipText(getTranslation(favourite ? "favorite.remove" : "favorite.add"));
        if (favourite) {
            addClassName("on");
        } else {
            removeClassName("on");
        }
    }
}
