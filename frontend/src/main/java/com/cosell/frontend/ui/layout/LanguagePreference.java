package com.cosell.frontend.ui.layout;

import com.cosell.frontend.i18n.Translations;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.Cookie;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The language the user chose, remembered in the session and in a cookie for a year; without one, Vaadin's choice
 * from the browser's languages stands. Applied to every new UI, so a reload keeps it.
 */
@Component
public class LanguagePreference implements VaadinServiceInitListener {

    static final String COOKIE = "cosell-lang";
    /** The choice made in this session: new tabs and reloads keep it even before the cookie is back. */
    private static final String ATTRIBUTE = LanguagePreference.class.getName();

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> {
            VaadinSession session = init.getUI().getSession();
            Optional<Locale> chosen = Optional.ofNullable((Locale) session.getAttribute(ATTRIBUTE))
                    .or(() -> fromCookie(VaadinRequest.getCurrent()));
            chosen.ifPresent(locale -> {
                session.setLocale(locale);
                init.getUI().setLocale(locale);
            });
        });
    }

    static Optional<Locale> fromCookie(VaadinRequest request) {
        if (request == null || request.getCookies() == null) {
            return Optional.empty();
        }
        return Arrays.stream(request.getCookies())
                .filter(c -> COOKIE.equals(c.getName()))
                .map(Cookie::getValue)
                .findFirst()
                .map(LanguagePreference::supported);
    }

    static Locale supported(String language) {
        return Translations.KOREAN.getLanguage().equals(language) ? Translations.KOREAN : Translations.ENGLISH;
    }

    /** Switch now and remember: the cookie is set in the browser, then the page rebuilds in the new language. */
    public static void choose(UI ui, Locale locale) {
        VaadinSession session = ui.getSession();
        if (session != null) {
            session.setLocale(locale);
            session.setAttribute(ATTRIBUTE, locale);
        }
        ui.setLocale(locale);
        ui.getPage()
                .executeJs(
                        "document.cookie = $0 + '=' + $1 + '; path=/; max-age=31536000; SameSite=Lax'",
                        COOKIE,
                        locale.getLanguage());
        ui.getPage().reload();
    }
}
