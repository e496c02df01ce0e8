package com.cosell.backend.notification;

import com.cosell.backend.access.AccessControl;
import com.cosell.backend.access.Actor;
import com.cosell.backend.access.Permission;
import com.cosell.backend.identity.Caller;
import com.cosell.backend.web.ApiProblems;
import com.cosell.backend.web.PageRequest;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** The caller's organization's notifications, with the caller's own read state. Any Co-sell role. */
@RestController
class NotificationController {

    static final String PATH = "/v1.0/notifications";

    private final AccessControl access;
    private final NotificationStore store;
    private final Clock clock;

    NotificationController(AccessControl access, NotificationStore store, Clock clock) {
        this.access = access;
        this.store = store;
        this.clock = clock;
    }

    @GetMapping(PATH)
    Mono<NotificationPage> list(
            Caller caller,
            @RequestParam(name = "top", required = false) @Nullable Integer top,
            @RequestParam(name = "skip", required = false) @Nullable Long skip) {
        return PageRequest.of(top, skip)
                .flatMap(asked -> access.require(caller, Permission.READ).flatMap(actor -> {
                    String org = actor.organizationId();
                    Mono<List<Notification>> rows = store.page(
                                    org, caller.id(), admin(actor), asked.size() + 1, asked.from())
                            .collectList();
                    return Mono.zip(store.unread(org, caller.id(), admin(actor)), rows)
                            .map(t -> {
                                List<Notification> page = t.getT2();
                                boolean more = page.size() > asked.size();
                                return new NotificationPage(
                                        t.getT1(),
                                        more ? page.subList(0, asked.size()) : page,
                                        more ? PATH + asked.next() : null);
                            });
                }));
    }

    @PostMapping(PATH + "/{id}/read")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    Mono<Void> markRead(Caller caller, @PathVariable("id") UUID id) {
        return access.require(caller, Permission.READ)
                .flatMap(
                        actor -> store.markRead(actor.organizationId(), caller.id(), admin(actor), id, clock.instant()))
                .flatMap(found -> found ? Mono.<Void>empty() : Mono.error(ApiProblems.notFound("Notification " + id)));
    }

    @PostMapping(PATH + "/read-all")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    Mono<Void> markAllRead(Caller caller) {
        return access.require(caller, Permission.READ)
                .flatMap(actor -> store.markAllRead(actor.organizationId(), caller.id(), admin(actor), clock.instant()))
                .then();
    }

    /** Admins read the notifications of every owned referral of their organization. */
    private static boolean admin(Actor actor) {
        return AccessControl.allows(actor.caller(), actor.organization(), Permission.ORGANIZATION_ADMIN);
    }
}
