package com.cosell.backend.comment;

import com.cosell.backend.web.ApiProblems;
import com.cosell.backend.web.ApiProblems.FieldError;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A comment as a client writes it: POST gives all of it; PATCH the new {@code body} and, if the
 * mentions change, {@code mentions} (person ids, as {@code …/comments/mentionable} lists them).
 */
record CommentInput(
        @Nullable String channel,
        @Nullable String body,
        @Nullable List<String> mentions) {

    static final int MAX_LENGTH = 4000;
    static final int MAX_MENTIONS = 20;

    /** The channel of a new comment; every error of the input at once, as a 400. */
    Channel checkNew() {
        List<FieldError> errors = new ArrayList<>();
        Channel c = Channel.of(channel);
        if (c == null) {
            errors.add(new FieldError(
                    "channel",
                    channel == null
                            ? "is required: internal or parties."
                            : "'" + channel + "' is not a channel; internal or parties."));
        }
        checkBody(errors);
        if (!errors.isEmpty() || c == null) {
            throw ApiProblems.invalid(errors);
        }
        return c;
    }

    /** An edit: a new text; the channel, if given, must stay what it is. */
    void checkEdit(Channel current) {
        List<FieldError> errors = new ArrayList<>();
        if (channel != null && Channel.of(channel) != current) {
            errors.add(new FieldError("channel", "cannot change: write a new comment in the other channel."));
        }
        checkBody(errors);
        if (!errors.isEmpty()) {
            throw ApiProblems.invalid(errors);
        }
    }

    String text() {
        return String.valueOf(body).strip();
    }

    /** The distinct person ids mentioned, in their order. */
    Set<String> mentioned() {
        return mentions == null ? Set.of() : new LinkedHashSet<>(mentions);
    }

    private void checkBody(List<FieldError> errors) {
        if (body == null || body.isBlank()) {
            errors.add(new FieldError("body", "must not be blank."));
        } else if (text().codePointCount(0, text().length()) > MAX_LENGTH) {
            errors.add(new FieldError(
                    "body",
                    "is at most " + MAX_LENGTH + " characters; this one has "
                            + text().codePointCount(0, text().length()) + "."));
        }
        if (mentions != null && mentions.stream().anyMatch(m -> m == null || m.isBlank())) {
            errors.add(new FieldError("mentions", "must name people by their ids."));
        } else if (mentioned().size() > MAX_MENTIONS) {
            errors.add(new FieldError("mentions", "at most " + MAX_MENTIONS + " people."));
        }
    }
}
