package com.cosell.backend.referral.domain;

import com.cosell.api.referral.Stage;
import java.util.List;
import java.util.Set;

/** What the lifecycle says about a transition. */
public sealed interface Decision {

    /** The move is legal and its requirements are met. */
    record Allowed(Stage to) implements Decision {}

    /** The move is not possible from here; {@code allowed} lists the stages that are. */
    record Refused(String reason, Set<Stage> allowed) implements Decision {}

    /** The move is legal but what it requires is missing or wrong. */
    record Invalid(List<Violation> violations) implements Decision {}

    record Violation(String field, String message) {}
}
