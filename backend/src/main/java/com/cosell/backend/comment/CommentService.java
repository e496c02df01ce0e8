package com.cosell.backend.comment;

import com.cosell.api.comment.Comment;
import com.cosell.api.event.EventType;
import com.cosell.api.referral.Referral;
import com.cosell.backend.access.AccessControl;
import com.cosell.backend.access.Actor;
import com.cosell.backend.access.Permission;
import com.cosell.backend.identity.Caller;
import com.cosell.backend.referral.ReferralService;
import com.cosell.backend.web.ApiProblems;
import com.cosell.backend.web.ApiProblems.FieldError;
import com.cosell.backend.web.JsonInput;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.reactive.TransactionalOperator;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/**
 * The comment use cases. Whoever may read the referral (as its GET decides: a 404 for anyone else)
 * reads and writes its thread; only the author edits or deletes a comment. The parties channel
 * needs another party: a private deal has none (409).
 */
@Service
class CommentService {

    private final AccessControl access;
    private final ReferralService referrals;
    private final CommentStore store;
    private final CommentEvents events;
    private final JsonInput input;
    private final TransactionalOperator tx;
    private final Clock clock;

    CommentService(
            AccessControl access,
            ReferralService referrals,
            CommentStore store,
            CommentEvents events,
            JsonInput input,
            TransactionalOperator tx,
            Clock clock) {
        this.access = access;
        this.referrals = referrals;
        this.store = store;
        this.events = events;
        this.input = input;
        this.tx = tx;
        this.clock = clock;
    }

    Mono<Comment.Thread> thread(Caller caller, UUID referralId, @Nullable String channel) {
        Channel only = channel == null ? null : Channel.of(channel);
        if (channel != null && only == null) {
            return Mono.error(ApiProblems.badRequest("channel is internal or parties."));
        }
        return scope(caller, referralId)
                .flatMap(s -> store.thread(s.actor().organizationId(), referralId, s.engagementId())
                        .filter(c -> only == null || c.channel().equals(only.wireName()))
                        .collectList()
                        .map(list -> new Comment.Thread(s.channels(), list)));
    }

    Mono<List<Comment.Person>> mentionable(Caller caller, UUID referralId, @Nullable String channel) {
        Channel c = Channel.of(channel);
        if (c == null) {
            return Mono.error(ApiProblems.badRequest("channel is required: internal or parties."));
        }
        return scope(caller, referralId)
                .flatMap(s -> open(s, c)
                        .then(store.people(s.organizations(c), caller.id()).collectList()));
    }

    Mono<Comment> create(Caller caller, UUID referralId, JsonNode body) {
        return Mono.fromCallable(() -> input.read(body, CommentInput.class)).flatMap(in -> {
            Channel channel = in.checkNew();
            return scope(caller, referralId)
                    .flatMap(s -> open(s, channel)
                            .then(mentions(s, channel, in.mentioned()))
                            .flatMap(mentioned -> {
                                Actor actor = s.actor();
                                Instant now = clock.instant();
                                Comment comment = new Comment(
                                        UUID.randomUUID(),
                                        channel.wireName(),
                                        caller.id(),
                                        actor.displayName(),
                                        actor.organizationId(),
                                        actor.organization().name(),
                                        in.text(),
                                        mentioned.stream()
                                                .map(m -> new Comment.Mention(m.id(), m.name()))
                                                .toList(),
                                        now,
                                        null,
                                        0,
                                        null,
                                        false);
                                return tx.transactional(store.insert(comment, channel, s.engagementId(), referralId)
                                        .then(events.record(
                                                EventType.COMMENT_CREATED, s, channel, comment, mentioned, now))
                                        .thenReturn(comment));
                            }));
        });
    }

    /** A new text (and mentions); the text replaced is kept. Only newly mentioned people are notified. */
    Mono<Comment> edit(Caller caller, UUID referralId, UUID commentId, JsonNode body) {
        return Mono.fromCallable(() -> input.read(body, CommentInput.class))
                .flatMap(in -> change(caller, referralId, commentId, (s, old) -> {
                    Channel channel = Objects.requireNonNull(Channel.of(old.channel()));
                    in.checkEdit(channel);
                    Set<String> before =
                            old.mentions().stream().map(Comment.Mention::id).collect(Collectors.toSet());
                    Mono<List<Comment.Person>> mentioned = in.mentions() == null
                            ? Mono.just(List.of()) // kept as they are
                            : mentions(s, channel, in.mentioned());
                    return mentioned.flatMap(now -> {
                        Instant at = clock.instant();
                        List<Comment.Mention> named = in.mentions() == null
                                ? old.mentions()
                                : now.stream()
                                        .map(m -> new Comment.Mention(m.id(), m.name()))
                                        .toList();
                        Comment edited = new Comment(
                                old.id(),
                                old.channel(),
                                old.authorId(),
                                old.authorName(),
                                old.organizationId(),
                                old.organizationName(),
                                in.text(),
                                named,
                                old.createdAt(),
                                at,
                                old.editCount() + 1,
                                null,
                                false);
                        return store.edit(old, in.text(), named, at)
                                .then(events.record(
                                        EventType.COMMENT_UPDATED,
                                        s,
                                        channel,
                                        edited,
                                        now.stream()
                                                .filter(m -> !before.contains(m.id()))
                                                .toList(),
                                        at))
                                .thenReturn(edited);
                    });
                }));
    }

    /** Leaves a tombstone in the thread; deleting one again changes nothing. */
    Mono<Void> delete(Caller caller, UUID referralId, UUID commentId) {
        return change(
                        caller,
                        referralId,
                        commentId,
                        (s, old) -> {
                            Instant now = clock.instant();
                            Comment gone = new Comment(
                                    old.id(),
                                    old.channel(),
                                    old.authorId(),
                                    old.authorName(),
                                    old.organizationId(),
                                    old.organizationName(),
                                    null,
                                    List.of(),
                                    old.createdAt(),
                                    old.editedAt(),
                                    old.editCount(),
                                    now,
                                    true);
                            return store.delete(old, now)
                                    .then(events.record(
                                            EventType.COMMENT_DELETED,
                                            s,
                                            Objects.requireNonNull(Channel.of(old.channel())),
                                            gone,
                                            List.of(),
                                            now))
                                    .thenReturn(gone);
                        },
                        true)
                .then();
    }

    private Mono<Comment> change(
            Caller caller, UUID referralId, UUID commentId, BiFunction<CommentScope, Comment, Mono<Comment>> work) {
        return change(caller, referralId, commentId, work, false);
    }

    /** Locks the comment, checks it is the caller's own and still there, and runs the change in one transaction. */
    private Mono<Comment> change(
            Caller caller,
            UUID referralId,
            UUID commentId,
            BiFunction<CommentScope, Comment, Mono<Comment>> work,
            boolean deleting) {
        return scope(caller, referralId)
                .flatMap(s -> tx.transactional(store.findForUpdate(
                                s.actor().organizationId(), referralId, s.engagementId(), commentId)
                        .switchIfEmpty(Mono.error(() -> ApiProblems.notFound("Comment " + commentId)))
                        .flatMap(old -> {
                            if (!old.authorId().equals(caller.id())) {
                                return Mono.error(
                                        ApiProblems.forbidden("Only its author changes or deletes a comment."));
                            }
                            if (old.deleted()) {
                                return deleting
                                        ? Mono.just(old)
                                        : Mono.error(ApiProblems.conflict(
                                                "This comment was deleted; it cannot be edited.", List.of()));
                            }
                            return Mono.defer(() -> work.apply(s, old));
                        })));
    }

    /** The caller's referral (404 unless the caller may read it) and its engagement's parties. */
    private Mono<CommentScope> scope(Caller caller, UUID referralId) {
        return access.require(caller, Permission.READ)
                .flatMap(actor -> referrals.get(caller, referralId).flatMap(view -> {
                    Referral r = view.referral();
                    UUID engagement = Objects.requireNonNull(r.engagementId());
                    return store.parties(engagement)
                            .collectList()
                            .map(parties -> new CommentScope(
                                    actor, referralId, engagement, r.name() == null ? "" : r.name(), parties));
                }));
    }

    private static Mono<Void> open(CommentScope s, Channel channel) {
        return channel == Channel.PARTIES && !s.shared()
                ? Mono.error(ApiProblems.conflict(
                        "This deal is private: it has no other party to message. "
                                + "Share it first, or write an internal comment.",
                        List.of(Channel.INTERNAL.wireName())))
                : Mono.empty();
    }

    /** The people mentioned, each of an organization that reads the channel; anyone else is a 400. */
    private Mono<List<Comment.Person>> mentions(CommentScope s, Channel channel, Set<String> ids) {
        if (ids.isEmpty()) {
            return Mono.just(List.of());
        }
        return store.people(s.organizations(channel), "")
                .collectMap(Comment.Person::id, Function.identity())
                .flatMap(people -> {
                    List<FieldError> errors = new ArrayList<>();
                    List<Comment.Person> found = new ArrayList<>();
                    int i = 0;
                    for (String id : ids) {
                        Comment.Person m = people.get(id);
                        if (m == null) {
                            errors.add(new FieldError(
                                    "mentions/" + i,
                                    "'" + id + "' is not someone this " + channel.wireName()
                                            + " comment can mention."));
                        } else {
                            found.add(m);
                        }
                        i++;
                    }
                    return errors.isEmpty() ? Mono.just(found) : Mono.error(ApiProblems.invalid(errors));
                });
    }
}
