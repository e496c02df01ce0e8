package com.cosell.backend.web;

import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * RFC 6902 JSON Patch, limited as Partner Center limits it: {@code replace} and {@code add} only,
 * below the members the caller names as patchable. Anything else is refused, as a 400 problem,
 * before anything changes.
 */
public final class JsonPatch {

    private JsonPatch() {}

    /** Applies {@code patch} to a copy of {@code document}, reaching only below the {@code patchable} members. */
    public static ObjectNode apply(ObjectNode document, JsonNode patch, Set<String> patchable) {
        if (!(patch instanceof ArrayNode operations) || operations.isEmpty()) {
            throw ApiProblems.badRequest("A JSON Patch body is a non-empty array of operations.");
        }
        ObjectNode result = document.deepCopy();
        int index = 0;
        for (JsonNode op : operations) {
            String where = "operation " + index++;
            if (!op.isObject() || !op.path("op").isString() || !op.path("path").isString() || !op.has("value")) {
                throw ApiProblems.badRequest(where + ": needs \"op\", \"path\" and \"value\".");
            }
            String kind = op.get("op").asString();
            if (!kind.equals("replace") && !kind.equals("add")) {
                throw ApiProblems.badRequest(where + ": op '" + kind + "' is not supported; use replace or add.");
            }
            apply(result, kind, op.get("path").asString(), op.get("value"), where, patchable);
        }
        return result;
    }

    private static void apply(
            ObjectNode root, String kind, String path, JsonNode value, String where, Set<String> patchable) {
        if (!path.startsWith("/") || path.length() < 2) {
            throw ApiProblems.badRequest(where + ": path '" + path + "' must be a JSON Pointer such as /name.");
        }
        String[] tokens = path.substring(1).split("/", -1);
        for (int i = 0; i < tokens.length; i++) {
            tokens[i] = tokens[i].replace("~1", "/").replace("~0", "~");
        }
        if (!patchable.contains(tokens[0])) {
            throw ApiProblems.badRequest(where + ": '" + path + "' cannot be changed; patchable fields are "
                    + patchable.stream().sorted().toList() + ".");
        }
        JsonNode parent = root;
        for (int i = 0; i < tokens.length - 1; i++) {
            JsonNode next = child(parent, tokens[i]);
            if (next == null || next.isNull()) {
                if (!(parent instanceof ObjectNode o)) {
                    throw ApiProblems.badRequest(where + ": path '" + path + "' does not exist.");
                }
                // add/replace creates what is missing on the way: an array where an index or "-" follows
                boolean array = tokens[i + 1].equals("-") || tokens[i + 1].matches("\\d{1,4}");
                next = array ? o.putArray(tokens[i]) : o.putObject(tokens[i]);
            }
            parent = next;
        }
        String last = tokens[tokens.length - 1];
        switch (parent) {
            case ObjectNode o -> o.set(last, value);
            case ArrayNode a -> {
                if (kind.equals("add") && last.equals("-")) {
                    a.add(value);
                    return;
                }
                int i = arrayIndex(last, where, path);
                if (kind.equals("add") ? i > a.size() : i >= a.size()) {
                    throw ApiProblems.badRequest(where + ": index " + i + " is out of range in '" + path + "'.");
                }
                if (kind.equals("add")) {
                    a.insert(i, value);
                } else {
                    a.set(i, value);
                }
            }
            default -> throw ApiProblems.badRequest(where + ": path '" + path + "' does not exist.");
        }
    }

    private static JsonNode child(JsonNode parent, String token) {
        if (parent instanceof ArrayNode a) {
            return token.matches("\\d{1,4}") ? a.get(Integer.parseInt(token)) : null;
        }
        return parent.get(token);
    }

    private static int arrayIndex(String token, String where, String path) {
        if (!token.matches("\\d{1,4}")) {
            throw ApiProblems.badRequest(where + ": '" + token + "' in '" + path + "' is not an array index.");
        }
        return Integer.parseInt(token);
    }
}
