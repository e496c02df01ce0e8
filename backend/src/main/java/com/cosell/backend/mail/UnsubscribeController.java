package com.cosell.backend.mail;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;
import reactor.core.publisher.Mono;

/**
 * The unsubscribe link of every mail, without signing in: the token in it names the person. Opening
 * the link only asks (mail scanners and link previews follow links); the button posts, and so does a
 * mail client's one-click unsubscribe (RFC 8058: {@code List-Unsubscribe=One-Click} to the same URL).
 */
@RestController
class UnsubscribeController {

    static final String PATH = "/v1.0/email/unsubscribe";

    private final PersonStore people;
    private final MailProperties properties;

    UnsubscribeController(PersonStore people, MailProperties properties) {
        this.people = people;
        this.properties = properties;
    }

    @GetMapping(path = PATH, produces = MediaType.TEXT_HTML_VALUE)
    Mono<ResponseEntity<String>> ask(@RequestParam(name = "token", required = false) @Nullable String token) {
        return person(token)
                .map(p -> {
                    MailTexts t = MailTexts.of(p.language());
                    return page(
                            HttpStatus.OK,
                            t,
                            t.get("unsubscribe.title"),
                            "<p>" + escape(t.get("unsubscribe.question", p.email() == null ? "" : p.email()))
                                    + "</p><form method=\"post\"><button type=\"submit\">"
                                    + escape(t.get("unsubscribe.button")) + "</button></form>");
                })
                .defaultIfEmpty(unknown());
    }

    @PostMapping(path = PATH, produces = MediaType.TEXT_HTML_VALUE)
    Mono<ResponseEntity<String>> unsubscribe(@RequestParam(name = "token", required = false) @Nullable String token) {
        return person(token)
                .flatMap(p -> people.unsubscribe(p.unsubscribeToken()).thenReturn(p))
                .map(p -> {
                    MailTexts t = MailTexts.of(p.language());
                    String preferences = properties.workspace("/account/email");
                    return page(
                            HttpStatus.OK,
                            t,
                            t.get("unsubscribe.done.title"),
                            "<p>" + escape(t.get("unsubscribe.done")) + "</p><p><a href=\"" + escape(preferences)
                                    + "\">" + escape(t.get("mail.preferences")) + "</a></p>");
                })
                .defaultIfEmpty(unknown());
    }

    private Mono<Person> person(@Nullable String token) {
        UUID id;
        try {
            id = UUID.fromString(String.valueOf(token));
        } catch (IllegalArgumentException e) {
            return Mono.empty();
        }
        return people.byToken(id);
    }

    private static ResponseEntity<String> unknown() {
        MailTexts t = MailTexts.of("en");
        return page(
                HttpStatus.NOT_FOUND,
                t,
                t.get("unsubscribe.unknown.title"),
                "<p>" + escape(t.get("unsubscribe.unknown")) + "</p>");
    }

    private static ResponseEntity<String> page(HttpStatus status, MailTexts t, String title, String body) {
        String html = "<!DOCTYPE html><html lang=\"" + t.language() + "\"><head><meta charset=\"utf-8\"><title>"
                + escape(title) + "</title></head><body><h1>" + escape(title) + "</h1>" + body + "</body></html>";
        return ResponseEntity.status(status)
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .body(html);
    }

    private static String escape(String s) {
        return HtmlUtils.htmlEscape(s, "UTF-8");
    }
}
