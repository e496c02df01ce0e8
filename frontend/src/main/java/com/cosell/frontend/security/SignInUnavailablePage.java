package com.cosell.frontend.security;

import com.cosell.frontend.i18n.Translations;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

/**
 * Before anyone is sent to the identity provider to sign in: if it does not answer, say so on our own
 * page (in the browser's language) instead of leaving the browser at a connection error on another
 * host; the page asks again every {@link #RETRY_SECONDS} s and goes on to sign-in once it answers.
 */
final class SignInUnavailablePage extends OncePerRequestFilter {

    static final int RETRY_SECONDS = 10;

    private final SignInAvailability availability;
    private final Translations translations;

    SignInUnavailablePage(SignInAvailability availability, Translations translations) {
        this.availability = availability;
        this.translations = translations;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !request.getRequestURI().startsWith(request.getContextPath() + "/oauth2/authorization/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (availability.available()) {
            chain.doFilter(request, response);
            return;
        }
        Locale locale = request.getLocale();
        String lang = Translations.KOREAN.getLanguage().equals(locale.getLanguage()) ? "ko" : "en";
        response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_SECONDS));
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        response.setContentType(MediaType.TEXT_HTML_VALUE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("""
                <!doctype html>
                <html lang="%s"><head><meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <meta http-equiv="refresh" content="%d">
                <title>%s</title>
                <style>body{font-family:system-ui,sans-serif;margin:0;padding:2rem 1rem;color:#1a2533}
                main{max-width:36rem;margin:auto}h1{font-size:1.5rem}a{color:#0b5cad}</style></head>
                <body><main id="sign-in-unavailable"><h1>%s</h1><p>%s</p><p><a href="%s">%s</a></p></main></body></html>
                """.formatted(
                        lang,
                        RETRY_SECONDS,
                        text("signin.unavailable.title", locale),
                        text("signin.unavailable.title", locale),
                        text("signin.unavailable.text", locale),
                        HtmlUtils.htmlEscape(request.getRequestURI()),
                        text("signin.unavailable.retry", locale)));
    }

    private String text(String key, Locale locale) {
        return HtmlUtils.htmlEscape(translations.getTranslation(key, locale, RETRY_SECONDS));
    }
}
