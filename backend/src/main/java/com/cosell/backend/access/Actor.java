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

    /**
     * The name history, events and notifications record. An integration's changes say which
     * application made them, so nobody takes them for a colleague's.
     */
    public String displayName() {
        String name = caller.name() != null ? caller.name() : caller.id();
        return caller.application() ? name + " (application)" : name;
    }
}
