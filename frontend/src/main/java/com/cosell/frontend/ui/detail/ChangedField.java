package com.cosell.frontend.ui.detail;

import java.util.List;
import java.util.Optional;

/**
 * The translation key of the field a change path names, as the page labels it: the history says
 * "Estimated value", not {@code /details/dealValue}. A path under a known field counts as that field
 * (a team member's e-mail is "Your team"); an unknown path has no key and is shown as it is.
 */
final class ChangedField {

    /** Most specific first: the first whose path equals or contains the change's path wins. */
    private static final List<String[]> FIELDS = List.of(
            new String[] {"/name", "deal.name"},
            new String[] {"/details/dealValue", "deal.value"},
            new String[] {"/details/currency", "deal.currency"},
            new String[] {"/details/closingDateTime", "deal.close-date"},
            new String[] {"/details/notes", "deal.notes"},
            new String[] {"/details/requirements", "detail.solutions"},
            new String[] {"/externalReferenceId", "deal.crm-id"},
            new String[] {"/campaignId", "deal.campaign-id"},
            new String[] {"/customerProfile/team", "detail.contacts"},
            new String[] {"/customerProfile/name", "customer.name"},
            new String[] {"/customerProfile/address", "customer.address"},
            new String[] {"/customerProfile", "grid.customer"},
            new String[] {"/team", "detail.team"},
            new String[] {"/status", "grid.stage"},
            new String[] {"/substatus", "grid.stage"},
            new String[] {"/statusReason", "close.reason"},
            new String[] {"/type", "grid.type"},
            new String[] {"/inviteContext", "history.field.invite"},
            new String[] {"/consent", "history.field.consent"},
            new String[] {"/registrations", "register.section"},
            new String[] {"/duplicateOf", "duplicates.link"},
            new String[] {"/duplicates", "duplicates.link"},
            new String[] {"/links", "history.field.links"});

    private ChangedField() {}

    static Optional<String> key(String path) {
        return FIELDS.stream()
                .filter(f -> path.equals(f[0]) || path.startsWith(f[0] + "/"))
                .map(f -> f[1])
                .findFirst();
    }
}
