package com.cosell.frontend.backend;

import com.cosell.api.comment.Comment;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/** A referral's comment thread ({@code …/referrals/{id}/comments}), as the signed-in user. */
@Component
public class CommentsApi {

    private static final String PATH = "/v1.0/engagements/referrals/{id}/comments";

    private final BackendClient backend;

    CommentsApi(BackendClient backend) {
        this.backend = backend;
    }

    public Comment.Thread thread(Authentication user, String referralId) {
        return backend.call(() ->
                backend.as(user).build().get().uri(PATH, referralId).retrieve().body(Comment.Thread.class));
    }

    public List<Comment.Person> mentionable(Authentication user, String referralId, String channel) {
        return backend.call(() -> backend.as(user)
                        .build()
                        .get()
                        .uri(PATH + "/mentionable?channel={c}", referralId, channel)
                        .retrieve()
                        .body(People.class))
                .value();
    }

    public Comment write(Authentication user, String referralId, String channel, String body, List<String> mentions) {
        Map<String, Object> request = Map.of("channel", channel, "body", body, "mentions", mentions);
        return backend.call(() -> backend.as(user)
                .build()
                .post()
                .uri(PATH, referralId)
                .contentType(MediaType.APPLICATION_JSON)
                .body(request)
                .retrieve()
                .body(Comment.class));
    }

    /** A new text; {@code mentions} null keeps the ones the comment has. */
    public Comment edit(
            Authentication user, String referralId, UUID commentId, String body, @Nullable List<String> mentions) {
        Map<String, Object> request = new HashMap<>();
        request.put("body", body);
        if (mentions != null) {
            request.put("mentions", mentions);
        }
        return backend.call(() -> backend.as(user)
                .build()
                .patch()
                .uri(PATH + "/{c}", referralId, commentId)
                .contentType(MediaType.APPLICATION_JSON)
                .body(request)
                .retrieve()
                .body(Comment.class));
    }

    public void delete(Authentication user, String referralId, UUID commentId) {
        backend.call(() -> backend.as(user)
                .build()
                .delete()
                .uri(PATH + "/{c}", referralId, commentId)
                .retrieve()
                .toBodilessEntity());
    }

    /** The mentionable people as the API wraps them. */
    private record People(List<Comment.Person> value) {}
}
