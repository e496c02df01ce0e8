package com.cosell.backend.referral.registration;

import static org.springframework.data.relational.core.query.Criteria.where;
import static org.springframework.data.relational.core.query.Query.query;

import com.cosell.api.registration.DealRegistration;
import io.r2dbc.postgresql.codec.Json;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.r2dbc.core.R2dbcEntityTemplate;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;
import org.springframework.data.relational.core.query.Criteria;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Deal registration rows, read as mapped rows; both writes are SQL (see each). */
@Repository
class RegistrationStore {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<List<JsonNode>> DETAILS = new TypeReference<>() {};

    /** A {@code deal_registration} row as read (its version left out); solution details are jsonb. */
    @Table("deal_registration")
    record Stored(
            @Id UUID id,
            UUID referralId,
            @Column("organization_id") String organizationId,
            DealRegistration.Status status,
            String dealName,
            @Nullable String customerName,
            String solutions,
            BigDecimal contractValue,
            String currency,
            Instant signedAt,
            @Nullable Integer termMonths,
            String term,
            @Nullable Instant startAt,
            @Nullable Instant endAt,
            Json solutionDetails,
            @Nullable String reviewComment,
            Instant submittedAt,
            @Nullable Instant reviewedAt,
            @Nullable String reviewerName) {

        DealRegistration registration() {
            return new DealRegistration(
                    id,
                    referralId,
                    organizationId,
                    status,
                    dealName,
                    customerName,
                    solutions,
                    contractValue,
                    currency,
                    signedAt,
                    termMonths,
                    term,
                    startAt,
                    endAt,
                    JSON.readValue(solutionDetails.asString(), DETAILS),
                    reviewComment,
                    submittedAt,
                    reviewedAt,
                    reviewerName);
        }
    }

    private final R2dbcEntityTemplate rows;

    RegistrationStore(R2dbcEntityTemplate rows) {
        this.rows = rows;
    }

    Mono<DealRegistration> byReferral(UUID referralId) {
        return rows.selectOne(query(where("referralId").is(referralId)), Stored.class)
                .map(Stored::registration);
    }

    Mono<DealRegistration> byId(UUID id) {
        return rows.selectOne(query(where("id").is(id)), Stored.class).map(Stored::registration);
    }

    Flux<DealRegistration> withStatus(DealRegistration.@Nullable Status status, int limit) {
        Criteria which = status == null ? Criteria.empty() : where("status").is(status);
        return rows.select(
                        query(which)
                                .sort(Sort.by(Sort.Order.desc("submittedAt"), Sort.Order.asc("id")))
                                .limit(limit),
                        Stored.class)
                .map(Stored::registration);
    }

    /**
     * Inserts, or replaces one not yet decided (waiting for review, or for the partner's action). SQL:
     * one upsert (ON CONFLICT … WHERE) that cannot replace a decided one, even when two submissions race.
     */
    Mono<Void> save(DealRegistration r) {
        return rows.getDatabaseClient()
                .sql("""
                        INSERT INTO deal_registration (id, referral_id, organization_id, status, deal_name, customer_name,
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
                .bind("id", r.id())
                .bind("referral", r.referralId())
                .bind("org", r.organizationId())
                .bind("status", r.status().name())
                .bind("name", r.dealName())
                .bind("customer", Parameter.fromOrEmpty(r.customerName(), String.class))
                .bind("solutions", r.solutions())
                .bind("value", r.contractValue())
                .bind("currency", r.currency())
                .bind("signed", r.signedDateTime())
                .bind("months", Parameter.fromOrEmpty(r.termMonths(), Integer.class))
                .bind("term", r.term())
                .bind("start", Parameter.fromOrEmpty(r.startDateTime(), Instant.class))
                .bind("end", Parameter.fromOrEmpty(r.endDateTime(), Instant.class))
                .bind("details", Json.of(JSON.writeValueAsString(r.solutionDetails())))
                .bind("submitted", r.submittedDateTime())
                .fetch()
                .rowsUpdated()
                .flatMap(
                        n -> n == 1 ? Mono.<Void>empty() : Mono.error(new IllegalStateException("registration raced")));
    }

    /**
     * Records a verdict if the registration is still pending; emits whether it was. SQL: the version
     * counts up in the statement ({@code version + 1}), which a mapped update cannot say.
     */
    Mono<Boolean> review(UUID id, String status, @Nullable String comment, Instant at, String reviewer) {
        return rows.getDatabaseClient()
                .sql("""
                        UPDATE deal_registration SET status = :status, review_comment = :comment, reviewed_at = :at,
                            reviewer_name = :reviewer, version = version + 1
                        WHERE id = :id AND status = 'ReviewPending'""")
                .bind("id", id)
                .bind("status", status)
                .bind("comment", Parameter.fromOrEmpty(comment, String.class))
                .bind("at", at)
                .bind("reviewer", reviewer)
                .fetch()
                .rowsUpdated()
                .map(n -> n == 1);
    }
}
