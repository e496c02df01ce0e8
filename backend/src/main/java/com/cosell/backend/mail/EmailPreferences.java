package com.cosell.backend.mail;

import com.cosell.backend.notification.NotificationKind;
import com.cosell.backend.web.ApiProblems;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * A person's mail preferences as the API shows them: the address mail goes to (from the identity
 * provider, read-only), the language, how mail is delivered and which notification kinds are mailed.
 */
record EmailPreferences(
        @Nullable String email,
        String language,
        Person.Delivery delivery,
        List<NotificationKind> kinds,
        List<NotificationKind> availableKinds) {

    static final Set<String> LANGUAGES = Set.of("en", "ko");

    static EmailPreferences of(Person p) {
        List<NotificationKind> all = List.of(NotificationKind.values());
        return new EmailPreferences(
                p.email(),
                p.language(),
                p.delivery(),
                all.stream().filter(k -> !p.mutedKinds().contains(k.name())).toList(),
                all);
    }

    /** What a person may change; {@code email} and {@code availableKinds} may be echoed back and are ignored. */
    record Input(
            @Nullable String language,
            Person.@Nullable Delivery delivery,
            @Nullable List<String> kinds,
            @Nullable String email,
            @Nullable List<String> availableKinds) {

        String validLanguage(String current) {
            if (language == null) {
                return current;
            }
            if (!LANGUAGES.contains(language)) {
                throw ApiProblems.badRequest("language must be one of en, ko");
            }
            return language;
        }

        /** The kinds not asked for, which are the ones stored (new kinds are then mailed by default). */
        Set<String> muted(Set<String> current) {
            if (kinds == null) {
                return current;
            }
            Set<String> muted = new TreeSet<>(
                    Arrays.stream(NotificationKind.values()).map(Enum::name).toList());
            for (String k : kinds) {
                if (!muted.remove(k)
                        && Arrays.stream(NotificationKind.values())
                                .noneMatch(v -> v.name().equals(k))) {
                    throw ApiProblems.badRequest("kinds: unknown notification kind '" + k + "'");
                }
            }
            return muted;
        }
    }
}
