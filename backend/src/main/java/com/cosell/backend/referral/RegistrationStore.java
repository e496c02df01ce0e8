package com.cosell.backend.referral;

import io.r2dbc.postgresql.codec.Json;
import io.r2dbc.spi.Readable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Deal registration rows. */
@Repository
class RegistrationStore {

    private static final String COLUMNS = "id, referral_id, organisation_id, status, deal_name, customer_name, "
            + "solutions, contract_value, currency, signed_at, term_months, term, start_at, end_at, solution_details, "
            + "review_comment, submitted_at, reviewed_at, reviewer_name";

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<JsonNode>> DETAILS = new TypeReference<>() { };

    private final DatabaseClient db;

    RegistrationStore(DatabaseClient db) {
        this.db = db;
    }

    Mono<DealRegistration> byReferral(UUID referralId) {
        return db.sql("SELECT " + COLUMNS + " FROM deal_registration WHERE referral_id = :r")
                .bind("r", referralId).map(RegistrationStore::row).one();
    }

    Mono<DealRegistration> byId(UUID id) {
        return db.sql("SELECT " + COLUMNS + " FROM deal_registration WHERE id = :id")
                .bind("id", id).map(RegistrationStore::row).one();
    }

    Flux<DealRegistration> withStatus(@Nullable String status, int limit) {
        return db.sql("SELECT " + COLUMNS + " FROM deal_registration WHERE (CAST(:s AS text) IS NULL OR status = :s) "
                        + "ORDER BY submitted_at DESC, id LIMIT :limit")
                .bind("s", Parameter.fromOrEmpty(status, String.class)).bind("limit", limit)
                .map(RegistrationStore::row).all();
    }

    /** Inserts, or replaces one not yet decided (waiting for review, or for the partner's action). */
    Mono<Void> save(DealRegistration r) {
        return db.sql("""
                        INSERT INTO deal_registration (id, referral_id, organisation_id, status, deal_name, customer_name,
                            solutions, contract_value, currency, signed_at, term_months, term, start_at, end_at,
                            solution_details, submitted_at)
                        VALUES (:id, :referral, :org, :status, :name, :customer, :solutions, :value, :currency, :signed,
                            :months, :term, :start, :end, :details, :submitted)
                        ON CONFLICT (referral_id) DO UPDATE SET status = EXCLUDED.status,
                            contract_value = EXCLUDED.contract_value, currency = EXCLUDED.currency,
                            signed_at = EXCLUDED.signed_at, term_months = EXCLUDED.term_months, term = EXCLUDED.term,
                            start_at = EXCLUDED.start_at, end_at = EXCLUDED.end_at,
                            solution_details = EXCLUDED.solution_details,
                            submitted_at = EXCLUDED.submitted_at, review_comment = NULL, reviewed_at = NULL,
                            reviewer_name = NULL, version = deal_registration.version + 1
                        WHERE deal_registration.status IN ('ActionRequired', 'ReviewPending')""")
                .bind("id", r.id()).bind("referral", r.referralId()).bind("org", r.organizationId())
                .bind("status", r.status()).bind("name", r.dealName())
                .bind("customer", Parameter.fromOrEmpty(r.customerName(), String.class))
                .bind("solutions", r.solutions()).bind("value", r.contractValue()).bind("currency", r.currency())
                .bind("signed", r.signedDateTime()).bind("months", Parameter.fromOrEmpty(r.termMonths(), Integer.class))
                .bind("term", r.term()).bind("start", Parameter.fromOrEmpty(r.startDateTime(), Instant.class))
                .bind("end", Parameter.fromOrEmpty(r.endDateTime(), Instant.class))
                .bind("details", Json.of(JSON.writeValueAsString(r.solutionDetails())))
                .bind("submitted", r.submittedDateTime())
                .fetch().rowsUpdated()
                .flatMap(n -> n == 1 ? Mono.<Void>empty() : Mono.error(new IllegalStateException("registration raced")));
    }

    /** Records a verdict if the registration is still pending; emits whether it was. */
    Mono<Boolean> review(UUID id, String status, @Nullable String comment, Instant at, String reviewer) {
        return db.sql("""
                        UPDATE deal_registration SET status = :status, review_comment = :comment, reviewed_at = :at,
                            reviewer_name = :reviewer, version = version + 1
                        WHERE id = :id AND status = 'ReviewPending'""")
                .bind("id", id).bind("status", status).bind("comment", Parameter.fromOrEmpty(comment, String.class))
                .bind("at", at).bind("reviewer", reviewer)
                .fetch().rowsUpdated().map(n -> n == 1);
    }

    private static DealRegistration row(Readable row) {
        return new DealRegistration(row.get("id", UUID.class), row.get("referral_id", UUID.class),
                row.get("organisation_id", String.class), row.get("status", String.class),
                row.get("deal_name", String.class), row.get("customer_name", String.class),
                row.get("solutions", String.class), row.get("contract_value", BigDecimal.class),
                row.get("currency", String.class), row.get("signed_at", Instant.class),
                row.get("term_months", Integer.class), row.get("term", String.class),
                row.get("start_at", Instant.class), row.get("end_at", Instant.class),
                JSON.readValue(row.get("solution_details", Json.class).asString(), DETAILS),
                row.get("review_comment", String.class),
                row.get("submitted_at", Instant.class), row.get("reviewed_at", Instant.class),
                row.get("reviewer_name", String.class));
    }
}
