package com.cosell.backend.owner;

import com.cosell.backend.web.ApiProblems;
import com.cosell.backend.web.ApiProblems.FieldError;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A routing rule as a client writes it: {@code precedence} (1 first), {@code country} (ISO 3166
 * two letters) and {@code solutionId}, each absent for "any", and {@code owners}: the person ids
 * whose turn it is in order (one: always that person).
 */
record RoutingInput(
        @Nullable Integer precedence,
        @Nullable String country,
        @Nullable String solutionId,
        @Nullable List<String> owners) {

    static final int MAX_OWNERS = 20;
    static final int MAX_PRECEDENCE = 10_000;

    /** The rule to write, or a 400 with every error of the input at once. */
    RoutingStore.Input checked() {
        List<FieldError> errors = new ArrayList<>();
        if (precedence == null || precedence < 1 || precedence > MAX_PRECEDENCE) {
            errors.add(new FieldError(
                    "precedence", "is required: a whole number from 1 (applied first) to " + MAX_PRECEDENCE + "."));
        }
        String c = country == null || country.isBlank() ? null : country.strip().toUpperCase(Locale.ROOT);
        if (c != null && !c.matches("[A-Z]{2}")) {
            errors.add(new FieldError("country", "'" + country + "' is not a two-letter country code (e.g. US, KR)."));
        }
        UUID solution = null;
        if (solutionId != null && !solutionId.isBlank()) {
            try {
                solution = UUID.fromString(solutionId.strip());
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError("solutionId", "'" + solutionId + "' is not a solution id."));
            }
        }
        List<String> people = owners == null
                ? List.of()
                : List.copyOf(new LinkedHashSet<>(
                        owners.stream().filter(o -> o != null && !o.isBlank()).toList()));
        if (people.isEmpty() || people.size() > MAX_OWNERS) {
            errors.add(new FieldError(
                    "owners", "name 1 to " + MAX_OWNERS + " people: one owner, or several who take turns."));
        }
        if (!errors.isEmpty()) {
            throw ApiProblems.invalid(errors);
        }
        return new RoutingStore.Input(precedence, c, solution, people);
    }
}
