package com.cosell.frontend.backend;

import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** The signed-in person's own mail preferences, as that person. */
@Component
public class EmailPreferencesApi {

    private static final String PATH = "/v1.0/me/email-preferences";

    private final BackendClient backend;

    EmailPreferencesApi(BackendClient backend) {
        this.backend = backend;
    }

    public EmailPreferences get(Authentication user) {
        return backend.call(
                () -> backend.as(user).build().get().uri(PATH).retrieve().body(EmailPreferences.class));
    }

    /** Only the mail's language, as the person switches the workspace's. */
    public EmailPreferences language(Authentication user, String language) {
        return backend.call(() -> backend.as(user)
                .build()
                .put()
                .uri(PATH)
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("language", language))
                .retrieve()
                .body(EmailPreferences.class));
    }

    public EmailPreferences save(Authentication user, String language, String delivery, List<String> kinds) {
        Map<String, Object> body = Map.of("language", language, "delivery", delivery, "kinds", kinds);
        return backend.call(() -> backend.as(user)
                .build()
                .put()
                .uri(PATH)
                .contentType(MediaType.APPLICATION_JSON)
                .body(body)
                .retrieve()
                .body(EmailPreferences.class));
    }
}
