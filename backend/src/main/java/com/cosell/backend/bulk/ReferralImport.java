package com.cosell.backend.bulk;

import com.cosell.api.referral.Referral;
import com.cosell.backend.bulk.ImportFile.ParsedRow;
import com.cosell.backend.bulk.ReferralColumns.Column;
import com.cosell.backend.identity.Caller;
import com.cosell.backend.referral.ReferralQuery;
import com.cosell.backend.referral.ReferralService;
import com.cosell.backend.referral.ReferralView;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.reactive.TransactionalOperator;
import org.springframework.web.ErrorResponseException;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Imports rows through {@link ReferralService}, the code behind the API's POST and PATCH: a row
 * creates a deal or patches only the cells that differ from the referral as it stands, so a file
 * imported twice changes nothing the second time. Each row is its own transaction with its events.
 * A dry run runs the very same calls inside a transaction that is rolled back.
 */
@Component
class ReferralImport {

    private final ReferralService referrals;
    private final TransactionalOperator tx;

    ReferralImport(ReferralService referrals, TransactionalOperator tx) {
        this.referrals = referrals;
        this.tx = tx;
    }

    /**
     * The rows {@code parallelism} at a time, answered in file order. Rows are independent: a key
     * (Referral ID or CRM ID) on a second row already failed that row, so no two rows touch one referral.
     */
    Flux<RowResult> run(Caller caller, List<ParsedRow> rows, boolean apply, int parallelism) {
        return Flux.fromIterable(rows)
                .flatMapSequential(
                        row -> row.errors().isEmpty()
                                ? one(caller, row, apply)
                                        .onErrorResume(
                                                ErrorResponseException.class,
                                                e -> Mono.just(RowResult.failed(
                                                        row.source().row(), name(row), messages(row, e))))
                                : Mono.just(RowResult.failed(row.source().row(), name(row), row.errors())),
                        parallelism,
                        1);
    }

    private Mono<RowResult> one(Caller caller, ParsedRow row, boolean apply) {
        if (row.id() != null) {
            UUID id;
            try {
                id = Cells.uuid(row.id(), "a referral id");
            } catch (Cells.BadCell e) {
                return Mono.just(RowResult.failed(
                        row.source().row(),
                        name(row),
                        List.of("Column '" + ReferralColumns.ID + "': " + e.getMessage())));
            }
            return referrals.get(caller, id).flatMap(view -> update(caller, row, view, apply));
        }
        String filter =
                "externalReferenceId eq '" + Objects.requireNonNull(row.crmId()).replace("'", "''") + "'";
        return referrals
                .views(caller, ReferralQuery.parse(filter, null, "2", null, null))
                .flatMap(page -> switch (page.size()) {
                    case 0 -> create(caller, row, apply);
                    case 1 -> update(caller, row, page.getFirst(), apply);
                    default ->
                        Mono.just(RowResult.failed(
                                row.source().row(),
                                name(row),
                                List.of(ReferralColumns.CRM_ID + " '" + row.crmId()
                                        + "' is on several referrals; add the Referral ID column to say which.")));
                });
    }

    private Mono<RowResult> create(Caller caller, ParsedRow row, boolean apply) {
        ObjectNode document = Cells.NODES.objectNode();
        row.values().forEach((column, values) -> {
            for (int i = 0; i < values.size(); i++) {
                set(document, column.paths().get(i), values.get(i));
            }
        });
        return guarded(apply, referrals.create(caller, document))
                .map(view -> new RowResult(
                        row.source().row(),
                        "create",
                        apply ? view.referral().id() : null,
                        view.referral().name(),
                        List.of(),
                        List.of()));
    }

    private Mono<RowResult> update(Caller caller, ParsedRow row, ReferralView view, boolean apply) {
        Referral current = view.referral();
        ArrayNode patch = Cells.NODES.arrayNode();
        List<String> changes = new ArrayList<>();
        boolean stage = false;
        for (Map.Entry<Column, List<JsonNode>> e : row.values().entrySet()) {
            Column column = e.getKey();
            String before = column.export().apply(current);
            if (before != null && !before.isBlank() && Cells.same(column.read().apply(before), e.getValue())) {
                continue;
            }
            changes.add(column.header() + ": " + (before == null || before.isBlank() ? "(empty)" : before) + " → "
                    + row.cells().get(column).strip());
            stage |= column.header().equals(ReferralColumns.STATUS)
                    || column.header().equals(ReferralColumns.SUBSTATUS);
            for (int i = 0; i < e.getValue().size(); i++) {
                patch.addObject()
                        .put("op", "add")
                        .put("path", column.paths().get(i))
                        .set("value", e.getValue().get(i));
            }
        }
        if (changes.isEmpty()) {
            return Mono.just(
                    new RowResult(row.source().row(), "unchanged", current.id(), current.name(), List.of(), List.of()));
        }
        if (stage) { // a move names both halves of the stage, as the API's own accept and decline do
            addIfMissing(patch, "/status", String.valueOf(current.status()));
            addIfMissing(patch, "/substatus", String.valueOf(current.substatus()));
        }
        return guarded(apply, referrals.patch(caller, Objects.requireNonNull(current.id()), patch, view.eTag()))
                .map(after -> new RowResult(
                        row.source().row(),
                        "update",
                        current.id(),
                        after.referral().name(),
                        changes,
                        List.of()));
    }

    /** In a dry run the row's work runs in a transaction that is rolled back whatever happens. */
    private <T> Mono<T> guarded(boolean apply, Mono<T> work) {
        return apply
                ? work
                : tx.execute(status -> {
                            status.setRollbackOnly();
                            return work;
                        })
                        .next();
    }

    private static void addIfMissing(ArrayNode patch, String path, String value) {
        for (JsonNode op : patch) {
            if (op.path("path").asString("").equals(path)) {
                return;
            }
        }
        patch.addObject().put("op", "add").put("path", path).put("value", value);
    }

    /** Sets a JSON Pointer's value, making the objects and arrays on the way. */
    private static void set(ObjectNode root, String pointer, JsonNode value) {
        String[] tokens = pointer.substring(1).split("/");
        JsonNode node = root;
        for (int i = 0; i < tokens.length - 1; i++) {
            boolean arrayNext = tokens[i + 1].matches("\\d+");
            node = switch (node) {
                case ObjectNode o ->
                    o.has(tokens[i]) ? o.get(tokens[i]) : arrayNext ? o.putArray(tokens[i]) : o.putObject(tokens[i]);
                case ArrayNode a ->
                    a.size() > Integer.parseInt(tokens[i])
                            ? a.get(Integer.parseInt(tokens[i]))
                            : arrayNext ? a.addArray() : a.addObject();
                default -> throw new IllegalStateException(pointer);
            };
        }
        String last = tokens[tokens.length - 1];
        if (node instanceof ObjectNode o) {
            o.set(last, value);
        }
    }

    private static @Nullable String name(ParsedRow row) {
        return row.cells().entrySet().stream()
                .filter(e -> e.getKey().header().equals("Deal name"))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(null);
    }

    /** The API's answer in the file's words: each field error under its column. */
    @SuppressWarnings("unchecked")
    private static List<String> messages(ParsedRow row, ErrorResponseException e) {
        String prefix = "Row " + row.source().row() + ", ";
        Map<String, Object> properties = e.getBody().getProperties();
        Object errors = properties == null ? null : properties.get("errors");
        if (errors instanceof List<?> list && !list.isEmpty()) {
            return list.stream()
                    .map(o -> (Map<String, String>) o)
                    .map(f -> prefix + "column '" + ReferralColumns.columnOf(f.get("field")) + "': " + f.get("message"))
                    .toList();
        }
        String detail = e.getBody().getDetail();
        return List.of(prefix
                + (e.getStatusCode().value() == 404
                        ? "Referral ID " + row.id() + ": no such referral in your organization."
                        : "refused: " + detail));
    }
}
