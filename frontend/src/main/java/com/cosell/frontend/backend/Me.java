package com.cosell.frontend.backend;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** The backend's answer to {@code GET /v1.0/me}. */
public record Me(
        String id, @Nullable String name, @Nullable String email, Organization organization, List<String> roles) {

    public record Organization(String id, String name, String kind) {}

    public boolean hasAnyRole() {
        return !roles.isEmpty();
    }
}
