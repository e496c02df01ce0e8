package com.cosell.frontend.backend;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A partner organization in the co-sell directory, with its co-sell-ready solutions. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Organization(
        String id, String name, String kind, @Nullable List<Listed> solutions) {

    public Organization(String id, String name, String kind) {
        this(id, name, kind, List.of());
    }

    @com.fasterxml.jackson.annotation.JsonCreator
    public Organization {}

    public List<Listed> solutionsOrEmpty() {
        return solutions == null ? List.of() : solutions;
    }

    /** One of the partner's co-sell-ready solutions. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Listed(String id, String name) {}
}
