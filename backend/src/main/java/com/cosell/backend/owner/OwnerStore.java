package com.cosell.backend.owner;

import com.cosell.api.referral.Owner;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Mono;

/**
 * The {@code referral_owner} rows. SQL rather than mapped rows: setting an owner is an upsert that
 * must hold when two requests race (ON CONFLICT), and the current owner is read under a row lock.
 */
@Repository
class OwnerStore {

    private final DatabaseClient db;

    OwnerStore(DatabaseClient db) {
        this.db = db;
    }

    /** The owners of these referrals of the organization. */
    Mono<Map<UUID, Owner>> owners(String organizationId, Collection<UUID> referralIds) {
        if (referralIds.isEmpty()) {
            return Mono.just(Map.of());
        }
        return db.sql("SELECT referral_id, owner_id, owner_name FROM referral_owner "
                        + "WHERE organization_id = :org AND referral_id = ANY(:ids)")
                .bind("org", organizationId)
                .bind("ids", referralIds.toArray(UUID[]::new))
                .map(row -> Map.entry(
                        row.get("referral_id", UUID.class),
                        new Owner(row.get("owner_id", String.class), row.get("owner_name", String.class))))
                .all()
                .collectMap(Map.Entry::getKey, Map.Entry::getValue);
    }

    /** Whoever owns these referrals, whatever their organization: for a notification's audience. */
    Mono<Map<UUID, String>> ownerIds(Collection<UUID> referralIds) {
        return db.sql("SELECT referral_id, owner_id FROM referral_owner WHERE referral_id = ANY(:ids)")
                .bind("ids", referralIds.toArray(UUID[]::new))
                .map(row -> Map.entry(row.get("referral_id", UUID.class), row.get("owner_id", String.class)))
                .all()
                .collectMap(Map.Entry::getKey, Map.Entry::getValue);
    }

    /** The current owner, locked until the transaction ends, so assignments of one referral queue up. */
    Mono<Optional<Owner>> lock(String organizationId, UUID referralId) {
        return db.sql("SELECT owner_id, owner_name FROM referral_owner "
                        + "WHERE referral_id = :id AND organization_id = :org FOR UPDATE")
                .bind("id", referralId)
                .bind("org", organizationId)
                .map(row -> new Owner(row.get("owner_id", String.class), row.get("owner_name", String.class)))
                .one()
                .map(Optional::of)
                .defaultIfEmpty(Optional.empty());
    }

    Mono<Void> set(String organizationId, UUID referralId, Owner owner, Instant now) {
        return db.sql("""
                        INSERT INTO referral_owner (referral_id, organization_id, owner_id, owner_name, assigned_at)
                        VALUES (:id, :org, :owner, left(:name, 200), :now)
                        ON CONFLICT (referral_id) DO UPDATE SET owner_id = excluded.owner_id,
                            owner_name = excluded.owner_name, assigned_at = excluded.assigned_at""")
                .bind("id", referralId)
                .bind("org", organizationId)
                .bind("owner", owner.id())
                .bind("name", owner.name())
                .bind("now", now)
                .then();
    }

    /**
     * The person who created the referral owns it, named as {@link People} names people; one statement
     * where reading the person first took two. A creator without a person row (none is written for
     * an integration) is left without an owner, as before.
     */
    Mono<Void> setCreator(String organizationId, UUID referralId, String personId, Instant now) {
        return db.sql("""
                        INSERT INTO referral_owner (referral_id, organization_id, owner_id, owner_name, assigned_at)
                        SELECT :id, :org, p.id, left(%s, 200), :now
                        FROM person p WHERE p.id = :owner AND p.organization_id = :org
                        ON CONFLICT (referral_id) DO UPDATE SET owner_id = excluded.owner_id,
                            owner_name = excluded.owner_name, assigned_at = excluded.assigned_at""".formatted(People.NAME))
                .bind("id", referralId)
                .bind("org", organizationId)
                .bind("owner", personId)
                .bind("now", now)
                .then();
    }

    Mono<Void> clear(String organizationId, UUID referralId) {
        return db.sql("DELETE FROM referral_owner WHERE referral_id = :id AND organization_id = :org")
                .bind("id", referralId)
                .bind("org", organizationId)
                .then();
    }
}
