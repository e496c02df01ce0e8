package com.cosell.backend.referral.query;

import static org.springframework.data.relational.core.query.Criteria.where;
import static org.springframework.data.relational.core.query.Query.query;

import java.util.Collection;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.data.r2dbc.core.R2dbcEntityTemplate;
import org.springframework.data.relational.core.mapping.Table;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/** The heart in every list: per user, not part of the shared referral. */
@Repository
public class Favorites {

    /** One user's heart on one referral. */
    @Table("favorite")
    record Favorite(String userId, UUID referralId) {}

    private final R2dbcEntityTemplate rows;

    Favorites(R2dbcEntityTemplate rows) {
        this.rows = rows;
    }

    Mono<Set<UUID>> among(String userId, Collection<UUID> referralIds) {
        if (referralIds.isEmpty()) {
            return Mono.just(Set.of());
        }
        return rows.select(query(where("userId").is(userId).and("referralId").in(referralIds)), Favorite.class)
                .map(Favorite::referralId)
                .collect(Collectors.toSet());
    }

    public Mono<Void> set(String userId, UUID referralId, boolean favorite) {
        if (!favorite) {
            return rows.delete(
                            query(where("userId").is(userId).and("referralId").is(referralId)), Favorite.class)
                    .then();
        }
        // SQL: setting it twice is no error (ON CONFLICT DO NOTHING), not even when two requests race.
        return rows.getDatabaseClient()
                .sql("INSERT INTO favorite (user_id, referral_id) VALUES (:u, :r) ON CONFLICT DO NOTHING")
                .bind("u", userId)
                .bind("r", referralId)
                .then();
    }
}
