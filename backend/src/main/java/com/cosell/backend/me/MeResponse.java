package com.cosell.backend.me;

import com.cosell.backend.identity.Caller;
import com.cosell.backend.identity.Role;
import com.cosell.backend.organization.Organization;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What {@code GET /v1.0/me} answers: the caller as the server sees them. */
record MeResponse(
        String id, @Nullable String name, @Nullable String email, Organization organization, List<Role> roles) {

    static MeResponse of(Caller caller, Organization organization) {
        return new MeResponse(caller.id(), caller.name(), caller.email(), organization, List.copyOf(caller.roles()));
    }
}
