package com.cosell.backend.comment;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A referral's comments as the caller may read them, oldest first, and the channels the caller may
 * write to ({@code parties} only where the engagement has another party).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record CommentThread(List<String> channels, List<Comment> value) {}
