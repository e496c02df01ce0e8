package com.cosell.backend.access;

import com.cosell.backend.identity.Caller;
import com.cosell.backend.organisation.Organisation;

/** A caller whose organisation is registered and who holds the permission asked for. */
public record Actor(Caller caller, Organisation organisation) {

    public String organisationId() {
        return organisation.id();
    }

    public boolean isVendor() {
        return organisation.kind() == Organisation.Kind.VENDOR;
    }

    public String displayName() {
        return caller.name() != null ? caller.name() : caller.id();
    }
}
