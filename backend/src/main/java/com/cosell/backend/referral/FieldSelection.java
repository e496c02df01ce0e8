package com.cosell.backend.referral;

import com.cosell.api.referral.Referral;
import com.cosell.backend.web.ApiProblems;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * OData {@code $select}: only the named fields of each referral ({@code id,status,customerProfile},
 * or a path such as {@code customerProfile/name}). Unknown top-level names are a 400, as a typo
 * should be; below the top level a name the referral lacks simply selects nothing.
 */
record FieldSelection(List<String[]> paths) {

    private static final Set<String> FIELDS = Arrays.stream(Referral.class.getRecordComponents())
            .map(java.lang.reflect.RecordComponent::getName)
            .collect(Collectors.toSet());

    static @Nullable FieldSelection parse(@Nullable String select) {
        if (select == null || select.isBlank() || select.trim().equals("*")) {
            return null;
        }
        List<String[]> paths = new ArrayList<>();
        for (String item : select.split(",")) {
            String[] path = item.trim().split("/");
            if (path[0].isEmpty() || !FIELDS.contains(path[0])) {
                throw ApiProblems.badRequest(
                        "$select names '" + item.trim() + "', which is not a field of a referral.");
            }
            paths.add(path);
        }
        return new FieldSelection(paths);
    }

    /** A copy of {@code referral} holding only the selected fields. */
    ObjectNode apply(ObjectNode referral) {
        ObjectNode result = referral.objectNode();
        for (String[] path : paths) {
            copy(referral, result, path, 0);
        }
        return result;
    }

    private static void copy(JsonNode from, ObjectNode to, String[] path, int at) {
        JsonNode value = from.get(path[at]);
        if (value == null) {
            return;
        }
        if (at == path.length - 1 || !value.isObject()) {
            if (at == path.length - 1) {
                to.set(path[at], value);
            }
            return;
        }
        JsonNode existing = to.get(path[at]);
        ObjectNode target = existing instanceof ObjectNode o ? o : to.putObject(path[at]);
        copy(value, target, path, at + 1);
    }
}
