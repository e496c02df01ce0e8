package com.cosell.backend.access;

import com.cosell.backend.identity.Caller;
import com.cosell.backend.organization.Organization;

/** A caller whose organization is registered and who holds the permission asked for. */
public record Actor(Caller caller, Organization organization) {

    public String organizationId() {
        return organization.id();
    }

    public boolean isVendor() {
        return organization.kind() == Organization.Kind.VENDOR;
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
