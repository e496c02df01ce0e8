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
 * A routing rule as a client writes it: {@code precedence} (1 first), {@code countries} (ISO 3166
 * two letters: one country, or several for a region; {@code country} is short for one) and
 * {@code solutionId}, each absent for "any", and {@code owners}: the person ids whose turn it is in
 * order (one: always that person).
 */
record RoutingInput(
        @Nullable Integer precedence,
        @Nullable String country,
        @Nullable List<String> countries,
        @Nullable String solutionId,
        @Nullable List<String> owners) {

    static final int MAX_OWNERS = 20;
    static final int MAX_PRECEDENCE = 10_000;
    static final int MAX_COUNTRIES = 250;

    /** The rule to write, or a 400 with every error of the input at once. */
    RoutingStore.Input checked() {
        List<FieldError> errors = new ArrayList<>();
        if (precedence == null || precedence < 1 || precedence > MAX_PRECEDENCE) {
            errors.add(new FieldError(
                    "precedence", "is required: a whole number from 1 (applied first) to " + MAX_PRECEDENCE + "."));
        }
        List<String> region = countries(errors);
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
        return new RoutingStore.Input(precedence, region, solution, people);
    }

    /** {@code country} and {@code countries} together, upper case, once each; errors name the entry. */
    private List<String> countries(List<FieldError> errors) {
        if (country != null && !country.isBlank() && countries != null && !countries.isEmpty()) {
            errors.add(new FieldError("country", "give either country (one) or countries (a region), not both."));
            return List.of();
        }
        List<String> given = countries != null ? countries : country == null ? List.of() : List.of(country);
        String field = countries != null ? "countries/" : "country";
        LinkedHashSet<String> codes = new LinkedHashSet<>();
        for (int i = 0; i < given.size(); i++) {
            String code = given.get(i) == null ? "" : given.get(i).strip().toUpperCase(Locale.ROOT);
            if (code.isEmpty() && countries == null) {
                continue; // an empty country: any
            }
            if (!code.matches("[A-Z]{2}")) {
                errors.add(new FieldError(
                        countries != null ? field + i : field,
                        "'" + given.get(i) + "' is not a two-letter country code (e.g. US, KR)."));
            }
            codes.add(code);
        }
        if (codes.size() > MAX_COUNTRIES) {
            errors.add(new FieldError("countries", "at most " + MAX_COUNTRIES + " countries."));
        }
        return List.copyOf(codes);
    }
}
