package com.cosell.backend.comment;

import com.cosell.api.comment.Comment;
import com.cosell.api.event.Change;
import com.cosell.api.event.EventType;
import com.cosell.backend.event.EventLog;
import com.cosell.backend.event.NewEvent;
import com.cosell.backend.notification.NotificationKind;
import com.cosell.backend.notification.Notifier;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * What a comment's change writes beside it, in its transaction: one event for each referral whose
 * organization reads the channel (so the stream and webhooks of exactly those organizations carry
 * it), and a notification to each person newly mentioned, on their own organization's referral.
 */
@Component
class CommentEvents {

    private final EventLog log;
    private final Notifier notifier;

    CommentEvents(EventLog log, Notifier notifier) {
        this.log = log;
        this.notifier = notifier;
    }

    Mono<Void> record(
            EventType type,
            CommentScope scope,
            Channel channel,
            Comment comment,
            List<Comment.Person> newlyMentioned,
            Instant now) {
        String actorId = scope.actor().caller().id();
        String actorName = scope.actor().displayName();
        List<NewEvent> events = new ArrayList<>();
        for (Party reader : scope.readers(channel)) {
            events.add(new NewEvent(
                    type,
                    reader.organizationId(),
                    reader.referralId(),
                    scope.engagementId(),
                    actorId,
                    actorName,
                    now,
                    List.of(new Change("/comments/" + comment.id(), null, asChange(comment)))));
        }
        List<Notifier.Draft> drafts = new ArrayList<>();
        for (Comment.Person m : newlyMentioned) {
            scope.readers(channel).stream()
                    .filter(p -> p.organizationId().equals(m.organizationId()))
                    .findFirst()
                    .filter(p -> !m.id().equals(actorId))
                    .ifPresent(p -> drafts.add(new Notifier.Draft(
                            p.organizationId(),
                            NotificationKind.MENTIONED,
                            p.referralId(),
                            p.referralName(),
                            actorName,
                            null,
                            actorId,
                            actorName,
                            now,
                            m.id())));
        }
        return notifier.notifyAll(drafts).collectList().flatMap(notified -> {
            events.addAll(notified);
            return log.appendAll(events).then();
        });
    }

    /** What the event log carries: the comment as every reader of its channel sees it. */
    private static Map<String, Object> asChange(Comment comment) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", comment.id().toString());
        m.put("channel", comment.channel());
        m.put("authorId", comment.authorId());
        m.put("authorName", comment.authorName());
        m.put("organizationId", comment.organizationId());
        if (comment.body() != null) {
            m.put("body", comment.body());
        }
        m.put(
                "mentions",
                comment.mentions().stream()
                        .map(x -> Map.of("id", x.id(), "name", x.name()))
                        .toList());
        m.put("createdAt", comment.createdAt().toString());
        if (comment.editedAt() != null) {
            m.put("editedAt", comment.editedAt().toString());
        }
        m.put("editCount", comment.editCount());
        m.put("deleted", comment.deleted());
        return m;
    }
}
