package com.cosell.backend.referral;

import java.util.Collection;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/** The heart in every list: per user, not part of the shared referral. */
@Repository
class Favorites {

    private final DatabaseClient db;

    Favorites(DatabaseClient db) {
        this.db = db;
    }

    Mono<Set<UUID>> among(String userId, Collection<UUID> referralIds) {
        if (referralIds.isEmpty()) {
            return Mono.just(Set.of());
        }
        return db.sql("SELECT referral_id FROM favorite WHERE user_id = :u AND referral_id = ANY(:ids)")
                .bind("u", userId).bind("ids", referralIds.toArray(UUID[]::new))
                .map(row -> row.get("referral_id", UUID.class)).all()
                .collect(Collectors.toSet());
    }

    Mono<Void> set(String userId, UUID referralId, boolean favorite) {
        return (favorite
                ? db.sql("INSERT INTO favorite (user_id, referral_id) VALUES (:u, :r) ON CONFLICT DO NOTHING")
                : db.sql("DELETE FROM favorite WHERE user_id = :u AND referral_id = :r"))
                .bind("u", userId).bind("r", referralId).then();
    }
}
