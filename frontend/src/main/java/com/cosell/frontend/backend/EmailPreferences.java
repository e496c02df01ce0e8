package com.cosell.frontend.backend;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The signed-in person's mail preferences ({@code /v1.0/me/email-preferences}): the address (from the
 * identity provider), the language, how mail comes ({@code INSTANT}, {@code DIGEST}, {@code NONE}) and
 * the notification kinds mailed, out of {@code availableKinds}.
 */
public record EmailPreferences(
        @Nullable String email, String language, String delivery, List<String> kinds, List<String> availableKinds) {}
