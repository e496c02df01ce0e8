package com.cosell.backend.bulk;

import com.cosell.api.referral.CustomerProfile;
import com.cosell.api.referral.Referral;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The columns of a referral CSV, in file order: Partner Center's bulk names where it has one, then
 * Co-sell's own. A writable column names the JSON Pointers of the referral it sets and how its cell
 * becomes their values; the rest are read-only (exported, and ignored on import like the API's
 * server-owned fields).
 */
final class ReferralColumns {

    static final String ID = "Referral ID";
    static final String CRM_ID = "CRM ID";
    static final String STATUS = "Status";
    static final String SUBSTATUS = "Substatus";

    record Column(
            String header,
            Function<Referral, @Nullable String> export,
            List<String> paths,
            @Nullable Function<String, List<JsonNode>> read) {

        boolean writable() {
            return read != null;
        }
    }

    static final List<Column> ALL = List.of(
            readOnly(ID, r -> str(r.id())),
            readOnly("Engagement ID", r -> str(r.engagementId())),
            text("Deal name", "/name", Referral::name),
            text(STATUS, "/status", r -> str(r.status())),
            text(SUBSTATUS, "/substatus", r -> str(r.substatus())),
            text("Status reason", "/statusReason", Referral::statusReason),
            new Column(
                    "Sale type",
                    r -> r.type() == null
                            ? null
                            : switch (r.type()) {
                                case Independent -> "Private";
                                case Shared -> "Co-sell";
                            },
                    List.of("/type"),
                    c -> List.of(Cells.saleType(c))),
            text(
                    "Help needed",
                    "/inviteContext/assistanceRequestCode",
                    r -> r.inviteContext() == null
                            ? null
                            : str(r.inviteContext().assistanceRequestCode())),
            readOnly(
                    "Direction",
                    r -> r.direction() == null
                            ? null
                            : switch (r.direction()) {
                                case Incoming -> "Inbound";
                                case Outgoing -> "Outbound";
                            }),
            text("Customer name", "/customerProfile/name", r -> customer(r, CustomerProfile::name)),
            text(
                    "Customer address",
                    "/customerProfile/address/addressLine1",
                    r -> address(r, CustomerProfile.Address::addressLine1)),
            text("Customer city", "/customerProfile/address/city", r -> address(r, CustomerProfile.Address::city)),
            text("Customer state", "/customerProfile/address/state", r -> address(r, CustomerProfile.Address::state)),
            text(
                    "Customer postal code",
                    "/customerProfile/address/postalCode",
                    r -> address(r, CustomerProfile.Address::postalCode)),
            text(
                    "Customer country",
                    "/customerProfile/address/country",
                    r -> address(r, CustomerProfile.Address::country)),
            text(
                    "Customer contact first name",
                    "/customerProfile/team/0/firstName",
                    r -> contact(r, Referral.Member::firstName)),
            text(
                    "Customer contact last name",
                    "/customerProfile/team/0/lastName",
                    r -> contact(r, Referral.Member::lastName)),
            text("Customer contact email", "/customerProfile/team/0/email", r -> contact(r, Referral.Member::email)),
            text(
                    "Customer contact phone",
                    "/customerProfile/team/0/phoneNumber",
                    r -> contact(r, Referral.Member::phoneNumber)),
            new Column(
                    "Consent to contact",
                    r -> r.consent() == null ? null : Cells.yesNo(r.consent().consentToContact()),
                    List.of("/consent/consentToContact"),
                    c -> List.of(Cells.yesNo(c))),
            new Column(
                    "Deal value",
                    r -> r.details() == null
                            ? null
                            : Cells.money(r.details().dealValue(), r.details().currency()),
                    List.of("/details/dealValue", "/details/currency"),
                    Cells::money),
            new Column(
                    "Estimated close date",
                    r -> r.details() == null ? null : Cells.date(r.details().closingDateTime()),
                    List.of("/details/closingDateTime"),
                    c -> List.of(Cells.day(c))),
            text(CRM_ID, "/externalReferenceId", Referral::externalReferenceId),
            text("Marketing campaign ID", "/campaignId", Referral::campaignId),
            text(
                    "Notes",
                    "/details/notes",
                    r -> r.details() == null ? null : r.details().notes()),
            readOnly(
                    "Solutions",
                    r -> Cells.joined(solutions(r)
                            .map(Referral.SolutionRef::name)
                            .filter(Objects::nonNull)
                            .toList())),
            new Column(
                    "Solution IDs",
                    r -> Cells.joined(solutions(r)
                            .map(s -> str(s.id()))
                            .filter(Objects::nonNull)
                            .toList()),
                    List.of("/details/requirements/solutions"),
                    c -> List.of(Cells.solutionIds(c))),
            text("Employee first name", "/team/0/firstName", r -> employee(r, Referral.Member::firstName)),
            text("Employee last name", "/team/0/lastName", r -> employee(r, Referral.Member::lastName)),
            text("Employee email", "/team/0/email", r -> employee(r, Referral.Member::email)),
            text("Employee phone", "/team/0/phoneNumber", r -> employee(r, Referral.Member::phoneNumber)),
            readOnly(
                    "Other parties",
                    r -> r.relatedParties() == null
                            ? null
                            : Cells.joined(r.relatedParties().stream()
                                    .map(p -> p.organizationName() + ": " + p.substatus())
                                    .toList())),
            readOnly("Registration status", Referral::registrationStatus),
            readOnly("Favorite", r -> Cells.yesNo(r.favorite())),
            readOnly("Created", r -> Cells.instant(r.createdDateTime())),
            readOnly("Updated", r -> Cells.instant(r.updatedDateTime())),
            readOnly("Expires", r -> Cells.instant(r.expirationDateTime())),
            readOnly("Accepted", r -> Cells.instant(r.acceptedDateTime())),
            readOnly("Closed", r -> Cells.instant(r.closedDateTime())));

    static final Map<String, Column> BY_HEADER = byHeader();

    private ReferralColumns() {}

    static List<String> headers() {
        return ALL.stream().map(Column::header).toList();
    }

    static List<@Nullable String> row(Referral r) {
        List<@Nullable String> cells = new ArrayList<>(ALL.size());
        ALL.forEach(c -> cells.add(c.export().apply(r)));
        return cells;
    }

    /** The column a field of the API's errors belongs to ({@code details/dealValue} → Deal value). */
    static String columnOf(String field) {
        String pointer = "/" + field;
        return ALL.stream()
                .filter(c -> c.paths().stream()
                        .anyMatch(p -> p.equals(pointer) || pointer.startsWith(p + "/") || p.startsWith(pointer + "/")))
                .map(Column::header)
                .findFirst()
                .orElse(field);
    }

    private static Map<String, Column> byHeader() {
        Map<String, Column> map = new LinkedHashMap<>();
        ALL.forEach(c -> map.put(c.header().toLowerCase(java.util.Locale.ROOT), c));
        return map;
    }

    private static Column text(String header, String path, Function<Referral, @Nullable String> export) {
        return new Column(header, export, List.of(path), c -> List.of(Cells.NODES.stringNode(c.strip())));
    }

    private static Column readOnly(String header, Function<Referral, @Nullable String> export) {
        return new Column(header, export, List.of(), null);
    }

    private static @Nullable String str(@Nullable Object o) {
        return o == null ? null : o.toString();
    }

    private static @Nullable String customer(Referral r, Function<CustomerProfile, @Nullable String> f) {
        return r.customerProfile() == null ? null : f.apply(r.customerProfile());
    }

    private static @Nullable String address(Referral r, Function<CustomerProfile.Address, @Nullable String> f) {
        return r.customerProfile() == null || r.customerProfile().address() == null
                ? null
                : f.apply(r.customerProfile().address());
    }

    private static @Nullable String contact(Referral r, Function<Referral.Member, @Nullable String> f) {
        var team = r.customerProfile() == null ? null : r.customerProfile().team();
        return team == null || team.isEmpty() ? null : f.apply(team.getFirst());
    }

    private static @Nullable String employee(Referral r, Function<Referral.Member, @Nullable String> f) {
        return r.team() == null || r.team().isEmpty() ? null : f.apply(r.team().getFirst());
    }

    private static Stream<Referral.SolutionRef> solutions(Referral r) {
        return r.details() == null
                        || r.details().requirements() == null
                        || r.details().requirements().solutions() == null
                ? Stream.empty()
                : r.details().requirements().solutions().stream();
    }
}
