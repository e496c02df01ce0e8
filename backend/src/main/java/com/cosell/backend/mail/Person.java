package com.cosell.backend.mail;

import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/** A person as mail sees them, with their preferences: a {@code person} row (roles and seen_at left out). */
@Table("person")
record Person(
        @Id String id,
        @Column("organization_id") String organizationId,
        @Nullable String name,
        @Nullable String email,
        String language,
        @Column("email_delivery") Delivery delivery,
        Set<String> mutedKinds,
        UUID unsubscribeToken) {

    Person {
        mutedKinds = Collections.unmodifiableSortedSet(new TreeSet<>(mutedKinds));
    }

    /** How a person wants their mail: each as it happens, once a day together, or not at all. */
    enum Delivery {
        INSTANT,
        DIGEST,
        NONE
    }
}
