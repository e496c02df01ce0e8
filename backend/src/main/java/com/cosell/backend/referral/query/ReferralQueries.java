package com.cosell.backend.referral.query;

import com.cosell.api.referral.HistoryEntry;
import com.cosell.api.referral.Referral;
import com.cosell.backend.access.AccessControl;
import com.cosell.backend.access.Actor;
import com.cosell.backend.access.Permission;
import com.cosell.backend.identity.Caller;
import com.cosell.backend.referral.EngagementParties;
import com.cosell.backend.referral.ReferralPage;
import com.cosell.backend.referral.ReferralQuery;
import com.cosell.backend.referral.ReferralView;
import com.cosell.backend.referral.store.ReferralStore;
import com.cosell.backend.referral.store.StoredReferral;
import com.cosell.backend.web.ApiProblems;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/** Reading referrals: one, a page of a list, a history, the recent contacts. Always within one organization. */
@Component
public class ReferralQueries {

    private final ReferralStore store;
    private final ReferralReadModel readModel;
    private final ReferralPresenter presenter;
    private final AccessControl access;
    private final ShownJson shown;
    private final JsonMapper json;

    ReferralQueries(
            ReferralStore store,
            ReferralReadModel readModel,
            ReferralPresenter presenter,
            AccessControl access,
            ShownJson shown,
            JsonMapper json) {
        this.store = store;
        this.shown = shown;
        this.json = json;
        this.readModel = readModel;
        this.presenter = presenter;
        this.access = access;
    }

    public Mono<ReferralView> get(Caller caller, UUID id) {
        return access.require(caller, Permission.READ)
                .flatMap(actor -> find(actor, id).flatMap(stored -> presenter.one(actor, stored)));
    }

    /** One referral as the caller sees it, as the JSON a GET answers (see {@link ShownJson}). */
    public Mono<ShownJson.Shown> shown(Caller caller, UUID id) {
        return access.require(caller, Permission.READ)
                .flatMap(actor -> shown.one(
                                actor.organizationId(), actor.caller().id(), id)
                        .switchIfEmpty(Mono.error(() -> ApiProblems.notFound("Referral " + id))));
    }

    /** A page of the list as the JSON a list answers: one statement, and one more for {@code $count}. */
    public Mono<String> list(Caller caller, ReferralQuery query) {
        return access.require(caller, Permission.READ).flatMap(actor -> {
            Map<String, Object> callerParam =
                    Map.of(ReferralFields.CALLER_PARAMETER, actor.caller().id());
            Mono<List<String>> page = shown.page(
                            actor.organizationId(),
                            actor.caller().id(),
                            query.filter(),
                            query.orderBy(),
                            query.top() + 1,
                            query.skip(),
                            callerParam)
                    .collectList();
            Mono<Long> count = query.count()
                    ? store.count(actor.organizationId(), query.filter(), query.tallyFilter(), callerParam)
                    : Mono.just(-1L);
            return Mono.zip(page, count).map(t -> ReferralPage.json(t.getT1(), query, t.getT2(), json));
        });
    }

    /** The first {@code $top} referrals of a list as records, for the server's own use (an import, the demo). */
    public Mono<List<ReferralView>> views(Caller caller, ReferralQuery query) {
        return access.require(caller, Permission.READ)
                .flatMap(actor -> store.list(
                                actor.organizationId(),
                                query.filter(),
                                query.orderBy(),
                                query.top(),
                                query.skip(),
                                Map.of(
                                        ReferralFields.CALLER_PARAMETER,
                                        actor.caller().id()))
                        .collectList()
                        .flatMap(rows -> presenter.page(actor, rows)));
    }

    /**
     * A whole list for export, with no row cap: the ordered ids first (one statement, the connection
     * then free again), then the documents {@code batch} at a time as the consumer asks for them, each
     * batch presented as the list presents a page. Emits once access and the ids are settled, so a
     * refusal is an answer of its own rather than an error inside a started download.
     */
    public Mono<Flux<List<Referral>>> export(Caller caller, ReferralQuery query, int batch) {
        return access.require(caller, Permission.READ).flatMap(actor -> {
            Map<String, Object> callerParam =
                    Map.of(ReferralFields.CALLER_PARAMETER, actor.caller().id());
            return store.ids(actor.organizationId(), query.filter(), query.orderBy(), callerParam)
                    .collectList()
                    .map(ids -> Flux.fromIterable(ids)
                            .buffer(batch)
                            .concatMap(
                                    chunk -> store.byIds(actor.organizationId(), chunk)
                                            .collectMap(s -> s.referral().id())
                                            .flatMap(found -> presenter.page(
                                                    actor,
                                                    chunk.stream()
                                                            .map(found::get)
                                                            .filter(java.util.Objects::nonNull)
                                                            .toList()))
                                            .map(views -> views.stream()
                                                    .map(ReferralView::referral)
                                                    .toList()),
                                    1));
        });
    }

    public Mono<Actor> reader(Caller caller, UUID id) {
        return access.require(caller, Permission.READ)
                .flatMap(actor -> find(actor, id).thenReturn(actor));
    }

    public Mono<EngagementParties> parties(Caller caller, UUID id) {
        return access.require(caller, Permission.READ)
                .flatMap(actor -> store.copies(actor.organizationId(), id)
                        .switchIfEmpty(Mono.error(() -> ApiProblems.notFound("Referral " + id)))
                        .map(c -> new EngagementParties(actor, c.engagementId(), c.byOrganization())));
    }

    public Flux<HistoryEntry> history(Caller caller, UUID id) {
        return access.require(caller, Permission.READ)
                .flatMapMany(actor -> find(actor, id).thenMany(readModel.history(actor.organizationId(), id)));
    }

    public Flux<Referral.Member> recentContacts(Caller caller) {
        return access.require(caller, Permission.READ)
                .flatMapMany(actor -> readModel.recentContacts(actor.organizationId(), 20));
    }

    public Mono<StoredReferral> find(Actor actor, UUID id) {
        return store.find(actor.organizationId(), id)
                .switchIfEmpty(Mono.error(() -> ApiProblems.notFound("Referral " + id)));
    }
}
