package com.cosell.frontend.ui.layout;

import com.cosell.frontend.backend.Me;
import com.cosell.frontend.i18n.Translations;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.contextmenu.ContextMenu;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.ObjectNode;

/**
 * Who is signed in (name, organization, roles) and their menu: email preferences, language and sign-out. The menu opens
 * from a button named "Account menu" for screen readers (a menu bar's button could not be named).
 */
public class UserMenu extends Composite<Div> {

    /**
     * @param languageChosen told of a language the user picks (before the page reloads in it), so that
     *                       their mail follows the language they read Co-sell in
     */
    public UserMenu(@Nullable Me me, Runnable signOut, Consumer<Locale> languageChosen) {
        Div root = getContent();
        root.addClassName("app-user");
        Div summary = new Div();
        Avatar avatar = new Avatar();
        summary.addClassName("app-user-summary");
        if (me != null) {
            String name = me.name() != null ? me.name() : me.id();
            Span nameLabel = new Span(name);
            nameLabel.setId("user-name");
            Span orgLabel = new Span(me.organization().name());
            orgLabel.setId("user-organization");
            Span rolesLabel = new Span(
                    me.roles().isEmpty()
                            ? getTranslation("role.none")
                            : me.roles().stream()
                                    .map(r -> getTranslation("role." + r))
                                    .collect(Collectors.joining(", ")));
            rolesLabel.setId("user-roles");
            Div text = new Div(nameLabel, new Div(orgLabel, new Text(" · "), rolesLabel));
            text.addClassName("app-user-text");
            summary.add(text);
            avatar.setName(name);
        }
        // The avatar only decorates the button, whose own name says what it opens.
        avatar.getElement().setAttribute("aria-hidden", "true");
        avatar.getElement().setAttribute("tabindex", "-1");
        Button open = new Button(avatar);
        open.setId("user-menu");
        open.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
        open.setAriaLabel(getTranslation("menu.user"));
        open.setTooltipText(getTranslation("menu.user"));
        ContextMenu menu = new MadeOnFirstOpen(open, m -> {
            MenuItem language = m.addItem(getTranslation("menu.language"));
            language.setId("menu-language");
            language(language, "English", Translations.ENGLISH, "menu-language-en", languageChosen);
            language(language, "한국어", Translations.KOREAN, "menu-language-ko", languageChosen);
            MenuItem email =
                    m.addItem(getTranslation("menu.email"), e -> getUI().ifPresent(ui -> ui.navigate("account/email")));
            email.setId("menu-email");
            MenuItem out = m.addItem(getTranslation("action.sign-out"), e -> signOut.run());
            out.setId("sign-out");
        });
        menu.setOpenOnClick(true);
        root.add(summary, open, menu);
    }

    /**
     * A menu whose items are made as it first opens. It opens through the server anyway (the browser
     * asks before it shows the menu), so nobody sees a difference, and a session that never opens its
     * menu holds none of its five items' components.
     */
    static final class MadeOnFirstOpen extends ContextMenu {

        private @Nullable Consumer<ContextMenu> items;

        MadeOnFirstOpen(Component target, Consumer<ContextMenu> items) {
            super(target);
            this.items = items;
        }

        @Override
        protected boolean onBeforeOpenMenu(ObjectNode eventDetail) {
            if (items == null) {
                return super.onBeforeOpenMenu(eventDetail);
            }
            items.accept(this);
            items = null;
            // Opened now, the browser would open it before it learns the items, which it is sent
            // just before the response: empty, it stays shut. So it is opened after them.
            Component target = getTarget();
            target.getUI()
                    .ifPresent(ui -> ui.beforeClientResponse(
                            this,
                            context -> target.getElement()
                                    .callJsFunction("$contextMenuTargetConnector.openMenu", getElement())));
            return false;
        }
    }

    private void language(MenuItem parent, String label, Locale locale, String id, Consumer<Locale> chosen) {
        MenuItem item = parent.getSubMenu()
                .addItem(
                        label,
                        e -> getUI().ifPresent(ui -> {
                            chosen.accept(locale);
                            LanguagePreference.choose(ui, locale);
                        }));
        item.setId(id);
        item.setCheckable(true);
        item.setChecked(locale.getLanguage().equals(getLocale().getLanguage()));
    }
}
