package com.cosell.backend.comment;

import com.cosell.api.comment.Comment;
import com.cosell.backend.identity.Caller;
import com.cosell.backend.web.JsonInput;
import io.swagger.v3.oas.annotations.Operation;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** A referral's comment thread, under the referral it is read through. */
@RestController
@RequestMapping(CommentController.PATH)
class CommentController {

    static final String PATH = "/v1.0/engagements/referrals/{id}/comments";
    private static final String MERGE_PATCH = "application/merge-patch+json";

    private final CommentService comments;
    private final JsonInput input;

    CommentController(CommentService comments, JsonInput input) {
        this.comments = comments;
        this.input = input;
    }

    /** People of the organizations reading the channel, for mentions. */
    record People(List<Comment.Person> value) {}

    @GetMapping
    @Operation(summary = "The referral's comments the caller may read, oldest first (channel: internal or parties)")
    Mono<Comment.Thread> list(
            Caller caller,
            @PathVariable UUID id,
            @RequestParam(name = "channel", required = false) @Nullable String channel) {
        return comments.thread(caller, id, channel);
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Write a comment: {channel: internal|parties, body, mentions: [personId]}")
    Mono<ResponseEntity<Comment>> create(Caller caller, @PathVariable UUID id, @RequestBody String body) {
        return Mono.fromCallable(() -> input.tree(body))
                .flatMap(json -> comments.create(caller, id, json))
                .map(c -> ResponseEntity.created(URI.create(PATH.replace("{id}", id.toString()) + "/" + c.id()))
                        .body(c));
    }

    @GetMapping("/mentionable")
    @Operation(summary = "Who a comment of the channel may mention")
    Mono<People> mentionable(
            Caller caller,
            @PathVariable UUID id,
            @RequestParam(name = "channel", required = false) @Nullable String channel) {
        return comments.mentionable(caller, id, channel).map(People::new);
    }

    @PatchMapping(
            path = "/{commentId}",
            consumes = {MediaType.APPLICATION_JSON_VALUE, MERGE_PATCH})
    @Operation(summary = "Edit one's own comment: {body, mentions?}; the text replaced is kept")
    Mono<Comment> edit(Caller caller, @PathVariable UUID id, @PathVariable UUID commentId, @RequestBody String body) {
        return Mono.fromCallable(() -> input.tree(body)).flatMap(json -> comments.edit(caller, id, commentId, json));
    }

    @DeleteMapping("/{commentId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete one's own comment: a tombstone stays in the thread")
    Mono<Void> delete(Caller caller, @PathVariable UUID id, @PathVariable UUID commentId) {
        return comments.delete(caller, id, commentId);
    }
}
