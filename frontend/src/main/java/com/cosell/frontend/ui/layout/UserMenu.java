package com.cosell.frontend.ui.layout;

import com.cosell.frontend.backend.Me;
import com.cosell.frontend.i18n.Translations;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.avatar.Avatar;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** Who is signed in (name, organisation, roles) and their menu: language and sign-out. */
public class UserMenu extends Composite<Div> {

    public UserMenu(@Nullable Me me, Runnable signOut) {
        Div root = getContent();
        root.addClassName("app-user");
        MenuBar menu = new MenuBar();
        menu.setId("user-menu");
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY_INLINE);
        Div summary = new Div();
        Avatar avatar = new Avatar();
        summary.addClassName("app-user-summary");
        if (me != null) {
            String name = me.name() != null ? me.name() : me.id();
            Span nameLabel = new Span(name);
            nameLabel.setId("user-name");
            Span orgLabel = new Span(me.organization().name());
            orgLabel.setId("user-organisation");
            Span rolesLabel = new Span(me.roles().isEmpty() ? getTranslation("role.none")
                    : me.roles().stream().map(r -> getTranslation("role." + r)).collect(Collectors.joining(", ")));
            rolesLabel.setId("user-roles");
            Div text = new Div(nameLabel, new Div(orgLabel, new Text(" · "), rolesLabel));
            text.addClassName("app-user-text");
            summary.add(text);
            avatar.setName(name);
        }
        // Who is signed in stays visible beside the menu; the menu itself opens from the avatar.
        MenuItem top = menu.addItem(avatar);
        top.setAriaLabel(getTranslation("menu.user"));
        SubMenu sub = top.getSubMenu();
        MenuItem language = sub.addItem(getTranslation("menu.language"));
        language.setId("menu-language");
        language(language, "English", Translations.ENGLISH, "menu-language-en");
        language(language, "한국어", Translations.KOREAN, "menu-language-ko");
        MenuItem out = sub.addItem(getTranslation("action.sign-out"), e -> signOut.run());
        out.setId("sign-out");
        root.add(summary, menu);
    }

    private void language(MenuItem parent, String label, Locale locale, String id) {
        MenuItem item = parent.getSubMenu().addItem(label,
                e -> getUI().ifPresent(ui -> LanguagePreference.choose(ui, locale)));
        item.setId(id);
        item.setCheckable(true);
        item.setChecked(locale.getLanguage().equals(getLocale().getLanguage()));
    }
}
