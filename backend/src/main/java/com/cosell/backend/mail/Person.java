package com.cosell.backend.mail;

import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A person as mail sees them, with their preferences. */
record Person(String id, String organizationId, @Nullable String name, @Nullable String email, String language,
              Delivery delivery, Set<String> mutedKinds, UUID unsubscribeToken) {

    /** How a person wants their mail: each as it happens, once a day together, or not at all. */
    enum Delivery { INSTANT, DIGEST, NONE }
}
