package com.cosell.backend.mail;

import com.cosell.backend.identity.Caller;
import com.cosell.backend.organization.CallerOrganizations;
import com.cosell.backend.web.ApiProblems;
import java.time.Clock;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * The caller's own mail preferences. Open to every person of a registered organization, as
 * {@code /v1.0/me} is; an integration's token is not a person and gets 403.
 */
@RestController
class EmailPreferencesController {

    static final String PATH = "/v1.0/me/email-preferences";

    private final CallerOrganizations organizations;
    private final PersonStore people;
    private final Clock clock;

    EmailPreferencesController(CallerOrganizations organizations, PersonStore people, Clock clock) {
        this.organizations = organizations;
        this.people = people;
        this.clock = clock;
    }

    @GetMapping(PATH)
    Mono<EmailPreferences> get(Caller caller) {
        return person(caller).map(EmailPreferences::of);
    }

    @PutMapping(path = PATH, consumes = MediaType.APPLICATION_JSON_VALUE)
    Mono<EmailPreferences> put(Caller caller, @RequestBody EmailPreferences.Input in) {
        return person(caller)
                .flatMap(p -> {
                    String language = in.validLanguage(p.language());
                    Person.Delivery delivery = in.delivery() == null ? p.delivery() : in.delivery();
                    return people.update(p.id(), language, delivery, in.muted(p.mutedKinds()));
                })
                .then(people.find(caller.id()))
                .map(EmailPreferences::of);
    }

    /** The caller's row, written now if this is their first call (the filter may have been skipped). */
    private Mono<Person> person(Caller caller) {
        if (caller.application()) {
            return Mono.error(ApiProblems.forbidden("An application gets no mail: sign in as a person."));
        }
        return organizations
                .of(caller)
                .then(people.find(caller.id())
                        .switchIfEmpty(Mono.defer(
                                () -> people.upsert(caller, clock.instant()).then(people.find(caller.id())))));
    }
}
